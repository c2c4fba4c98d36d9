package jp.kasane.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The cost shares (負担割合・補助率) of each program of the 重層的支援体制整備事業 in 令和3年度 (seed 002): 国, 都道府県,
 * 市町村 and the 介護保険料 (第1号・第2号), and an amount split by them. The seed gives rates, not yen: each payer's
 * share is rounded to whole yen by {@link RuleOptions.CostShare#rounding()} (円未満切り捨て by default) and the
 * implementing body (市町村, or the 都道府県 for its own program) takes the remainder, so the shares add up to the total.
 */
public final class CostShareRule {

	static final String NAME = "重層的支援体制整備事業 各事業の負担割合";
	static final String VERSION = NewFunctionBaseRule.VERSION;
	static final String DOCUMENT = "地域共生社会の実現に向けて（重層的支援体制整備事業について）令和３年度地域共生社会の実現に向けた自治体等研修資料（厚生労働省九州厚生局）";
	/** Up to one trillion yen: far above any program, and exact in every computation. */
	static final List<RuleSource> SOURCES = List.of(
			new RuleSource(DOCUMENT, "令和３年度における重層的支援体制整備事業で実施する各事業の補助率等", VERSION),
			new RuleSource(DOCUMENT, "（令和３年度予算）重層的支援体制整備事業（補助率）", VERSION));
	static final long MAX_TOTAL = 1_000_000_000_000L;

	/** Who pays a share. */
	public enum Payer {

		NATION("国"), PREFECTURE("都道府県"), MUNICIPALITY("市町村"), INSURANCE_1("第1号保険料"), INSURANCE_2("第2号保険料");

		private final String label;

		Payer(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** A share as the seed writes it (e.g. 「38.5/100」) and its exact value. */
	record Rate(Payer payer, String text, BigDecimal numerator, BigDecimal denominator) {

		static Rate of(Payer payer, String numerator, String denominator) {
			return new Rate(payer, numerator + "/" + denominator, new BigDecimal(numerator), new BigDecimal(denominator));
		}
	}

	/** The programs of 002's tables (R3), with their group, implementing body (who takes the remainder) and shares. */
	@Schema(name = "CostShareProgram")
	public enum Program {

		COMMUNITY_GENERAL_SUPPORT_CENTER("地域包括支援センターの運営", "包括的相談支援事業", Payer.MUNICIPALITY, null,
				Rate.of(Payer.NATION, "38.5", "100"), Rate.of(Payer.PREFECTURE, "19.25", "100"),
				Rate.of(Payer.MUNICIPALITY, "19.25", "100"), Rate.of(Payer.INSURANCE_1, "23", "100")),
		DISABILITY_CONSULTATION_ENHANCEMENT("基幹相談支援センター等機能強化事業等", "包括的相談支援事業", Payer.MUNICIPALITY,
				"国50/100・都道府県25/100は「以内」とされる上限で、この計算は上限どおりに配分します。",
				Rate.of(Payer.NATION, "50", "100"), Rate.of(Payer.PREFECTURE, "25", "100"), Rate.of(Payer.MUNICIPALITY, "25", "100")),
		USER_SUPPORT("利用者支援事業", "包括的相談支援事業", Payer.MUNICIPALITY, null, Rate.of(Payer.NATION, "2", "3"),
				Rate.of(Payer.PREFECTURE, "1", "6"), Rate.of(Payer.MUNICIPALITY, "1", "6")),
		INDEPENDENCE_CONSULTATION("生活困窮者自立相談支援事業", "包括的相談支援事業", Payer.MUNICIPALITY, null,
				Rate.of(Payer.NATION, "3", "4"), Rate.of(Payer.MUNICIPALITY, "1", "4")),
		TOWN_WITHOUT_WELFARE_OFFICE("福祉事務所未設置町村による相談事業", "包括的相談支援事業", Payer.MUNICIPALITY, null,
				Rate.of(Payer.NATION, "3", "4"), Rate.of(Payer.MUNICIPALITY, "1", "4")),
		CARE_PREVENTION_ACTIVITY("地域介護予防活動支援事業", "地域づくり事業", Payer.MUNICIPALITY, null,
				Rate.of(Payer.NATION, "25", "100"), Rate.of(Payer.PREFECTURE, "12.5", "100"),
				Rate.of(Payer.MUNICIPALITY, "12.5", "100"), Rate.of(Payer.INSURANCE_1, "23", "100"),
				Rate.of(Payer.INSURANCE_2, "27", "100")),
		LIVING_SUPPORT_SYSTEM("生活支援体制整備事業", "地域づくり事業", Payer.MUNICIPALITY, null, Rate.of(Payer.NATION, "38.5", "100"),
				Rate.of(Payer.PREFECTURE, "19.25", "100"), Rate.of(Payer.MUNICIPALITY, "19.25", "100"),
				Rate.of(Payer.INSURANCE_1, "23", "100")),
		ACTIVITY_SUPPORT_CENTER_ENHANCEMENT("地域活動支援センター機能強化事業", "地域づくり事業", Payer.MUNICIPALITY,
				"国50/100・都道府県25/100は「以内」とされる上限で、この計算は上限どおりに配分します。",
				Rate.of(Payer.NATION, "50", "100"), Rate.of(Payer.PREFECTURE, "25", "100"), Rate.of(Payer.MUNICIPALITY, "25", "100")),
		CHILDCARE_SUPPORT_HUB("地域子育て支援拠点事業", "地域づくり事業", Payer.MUNICIPALITY, null, Rate.of(Payer.NATION, "1", "3"),
				Rate.of(Payer.PREFECTURE, "1", "3"), Rate.of(Payer.MUNICIPALITY, "1", "3")),
		MUTUAL_AID_BASE("地域における生活困窮者支援等のための共助の基盤づくり事業", "地域づくり事業", Payer.MUNICIPALITY, null,
				Rate.of(Payer.NATION, "1", "2"), Rate.of(Payer.MUNICIPALITY, "1", "2")),
		MULTI_AGENCY_ETC("多機関協働事業等（多機関協働・アウトリーチ等を通じた継続的支援・参加支援）", "多機関協働事業等", Payer.MUNICIPALITY,
				"この割合は制度施行当初の移行準備期間としての措置で、令和5年度以降は国1/2・都道府県1/4・市町村1/4とすることが検討されています。",
				Rate.of(Payer.NATION, "3", "4"), Rate.of(Payer.MUNICIPALITY, "1", "4")),
		TRANSITION_PREPARATION("重層的支援体制整備事業への移行準備事業", "その他（移行準備等）", Payer.MUNICIPALITY, null,
				Rate.of(Payer.NATION, "3", "4"), Rate.of(Payer.MUNICIPALITY, "1", "4")),
		PREFECTURE_BACK_SUPPORT("重層的支援体制構築に向けた都道府県後方支援事業", "その他（移行準備等）", Payer.PREFECTURE, null,
				Rate.of(Payer.NATION, "3", "4"), Rate.of(Payer.PREFECTURE, "1", "4")),
		TRAINING("重層的支援体制構築推進人材養成事業", "その他（移行準備等）", Payer.NATION, "国の委託費として国が全額を負担します。",
				Rate.of(Payer.NATION, "1", "1"));

		private final String label;
		private final String group;
		private final Payer implementer;
		private final String note;
		private final List<Rate> rates;

		Program(String label, String group, Payer implementer, String note, Rate... rates) {
			this.label = label;
			this.group = group;
			this.implementer = implementer;
			this.note = note;
			this.rates = List.of(rates);
		}

		public String label() {
			return label;
		}

		public String group() {
			return group;
		}

		List<Rate> rates() {
			return rates;
		}

		Payer implementer() {
			return implementer;
		}
	}

	/** @param program the program; {@code totalYen} the amount to split (事業費), whole yen */
	@Schema(name = "CostShareInput")
	public record Input(@NotNull(message = "事業を選んでください") Program program,
			@NotNull(message = "事業費（円）を入力してください") @PositiveOrZero(message = "事業費は0円以上で入力してください")
			@Max(value = MAX_TOTAL, message = "事業費は1兆円以下で入力してください") Long totalYen) {
	}

	/** One payer's share: the rate as the seed writes it and the amount in yen. */
	@Schema(name = "CostShareAmount")
	public record Share(String payer, String rate, long amountYen) {
	}

	@Schema(name = "CostShareResult")
	public record Result(String program, String programLabel, long totalYen, List<Share> shares, List<String> reasons,
			List<RuleSource> sources) {
	}

	private final RuleOptions.CostShare options;

	CostShareRule(RuleOptions.CostShare options) {
		if (options.rounding() == RoundingMode.UNNECESSARY) {
			throw new IllegalArgumentException("kasane.rules.cost-share.rounding must round (DOWN, HALF_UP, ...)");
		}
		this.options = options;
	}

	/**
	 * The answer by the numbers of {@code version} (chosen by {@link RuleCatalog} for the fiscal year asked). This rule
	 * has one version today, so its numbers are that version's; a later table is selected here by the version.
	 */
	public Result evaluate(Input in, RuleVersion version) {
		return evaluate(in);
	}

	public Result evaluate(Input in) {
		Program program = in.program();
		long total = in.totalYen();
		RoundingMode rounding = options.rounding();
		List<Share> shares = split(program, total, rounding);
		List<String> reasons = new ArrayList<>();
		if (shares == null) {
			// Rounding up can, in rare splits, leave the implementing body less than nothing: round down instead.
			rounding = RoundingMode.DOWN;
			shares = split(program, total, rounding);
		}
		reasons.add(program.label() + "（" + program.group() + "）の令和３年度の負担割合は "
				+ String.join("・", program.rates().stream().map(r -> r.payer().label() + " " + r.text()).toList()) + " です。");
		if (program.note != null) {
			reasons.add(program.note);
		}
		reasons.add("資料は割合だけを示し円単位の端数処理を定めていないため、" + program.implementer().label() + "以外の各負担額を"
				+ roundingLabel(rounding)
				+ "とし、端数は実施主体である" + program.implementer().label()
				+ "の負担に含めます（合計は事業費と一致します。設定 kasane.rules.cost-share.rounding）。");
		if (program.group().equals("包括的相談支援事業") || program.group().equals("地域づくり事業")) {
			reasons.add(program.group() + "の負担割合は「各法に基づく負担率・補助率」で、この表は資料の令和３年度の値です。");
		}
		return new Result(program.name(), program.label(), total, shares, List.copyOf(reasons),
				SOURCES);
	}

	private static String roundingLabel(RoundingMode rounding) {
		return switch (rounding) {
			case DOWN, FLOOR -> "円未満切り捨て";
			case HALF_UP -> "円未満四捨五入";
			case UP, CEILING -> "円未満切り上げ";
			default -> "円未満を" + rounding.name() + "で丸め";
		};
	}

	/** The shares in the order of the seed, or null if rounding would leave the implementing body a negative share. */
	private static List<Share> split(Program program, long total, RoundingMode rounding) {
		BigDecimal amount = BigDecimal.valueOf(total);
		long others = 0;
		List<Share> shares = new ArrayList<>();
		for (Rate rate : program.rates()) {
			if (rate.payer() == program.implementer()) {
				shares.add(null);
				continue;
			}
			long share = amount.multiply(rate.numerator()).divide(rate.denominator(), 0, rounding).longValueExact();
			others += share;
			shares.add(new Share(rate.payer().label(), rate.text(), share));
		}
		long remainder = total - others;
		if (remainder < 0) {
			return null;
		}
		for (int i = 0; i < shares.size(); i++) {
			if (shares.get(i) == null) {
				Rate rate = program.rates().get(i);
				shares.set(i, new Share(rate.payer().label(), rate.text(), remainder));
			}
		}
		return List.copyOf(shares);
	}
}
