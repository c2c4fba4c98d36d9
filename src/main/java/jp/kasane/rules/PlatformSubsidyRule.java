package jp.kasane.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jp.kasane.shared.Era;
import jp.kasane.shared.FiscalYear;
import jp.kasane.shared.WarekiDate;

/**
 * The base amount and add-ons of the platform subsidy (法人間連携プラットフォームの設置運営事業 国庫補助基準額, seed 000
 * §4(2)): by the number of 参画法人 — 5 or fewer 1,500千円以内, 6 to 9 2,500千円以内, 10 or more 4,000千円以内 — plus
 * 3,200千円以内 for エ (事務処理部門の集約・共同化) and 2,000千円以内 for オ (ＩＣＴ導入), each once per platform; for
 * 原則２か年; and not at all once the platform has become a 社会福祉連携推進法人 (§3(2)).
 *
 * <p>The amounts are ceilings (「以内」) of the 国庫補助基準額: the grant itself depends on actual spending and the
 * 補助率 of the 交付要綱, which the seed does not contain. Silent points take the choices of
 * {@link RuleOptions.PlatformSubsidy} and say so in the reasons.
 */
public final class PlatformSubsidyRule {

	static final String NAME = "法人間連携プラットフォームの設置運営事業 国庫補助基準額";
	static final String VERSION = "令和5年3月29日 第3次改正（社援発0329第55号）";
	static final String DOCUMENT = "小規模法人のネットワーク化による協働推進事業実施要綱";
	/** The versions of the 要綱's numbers, oldest first (the seed is the text after the 第3次改正, applied from 令和5年度). */
	static final List<RuleVersion> VERSIONS = List.of(new RuleVersion(new FiscalYear(2023),
			DOCUMENT + " 第3次改正（令和5年3月29日 社援発0329第55号）", VERSION));
	static final int BACK_OFFICE_ADD_ON = 3_200;
	static final int ICT_ADD_ON = 2_000;

	static final List<RuleSource> SOURCES = List.of(new RuleSource(DOCUMENT, "4(2)", VERSION),
			new RuleSource(DOCUMENT, "3(2)", VERSION));

	private final RuleOptions.PlatformSubsidy options;

	PlatformSubsidyRule(RuleOptions.PlatformSubsidy options) {
		this.options = options;
	}

	/**
	 * What the planner knows of the platform in the year asked about.
	 *
	 * @param participants                  参画法人の数
	 * @param subsidyYear                   the year of subsidy asked about (1 = the first year the platform is subsidised)
	 * @param backOfficeConsolidation       whether the platform takes up エ 事務処理部門の集約・共同化 this year
	 * @param backOfficeAddOnUsedBefore     whether the エ add-on was granted to this platform before
	 * @param ict                           whether the platform takes up オ ＩＣＴ導入 this year
	 * @param ictAddOnUsedBefore            whether the オ add-on was granted to this platform before
	 * @param convertedToRenkeiSuishinHojin whether the platform has become a 社会福祉連携推進法人
	 * @param countedOn                     the day the 参画法人 were counted, optional: given, the reasons say the
	 *                                      answer is by the corporations taking part on that day (the network page
	 *                                      gives today); absent (the API's default), the count is taken as the one
	 *                                      at {@link RuleOptions.PlatformSubsidy#participantsCountedAt()}
	 */
	@Schema(name = "PlatformSubsidyInput")
	public record Input(
			@NotNull(message = "参画法人の数を入力してください") @PositiveOrZero(message = "参画法人の数は0以上で入力してください") Integer participants,
			@NotNull(message = "補助の何年目かを入力してください") @Min(value = 1, message = "補助の年目は1以上で入力してください") Integer subsidyYear,
			@NotNull(message = "エ（事務処理部門の集約・共同化）に取り組むかを指定してください") Boolean backOfficeConsolidation,
			@NotNull(message = "エの加算を以前に受けたかを指定してください") Boolean backOfficeAddOnUsedBefore,
			@NotNull(message = "オ（ＩＣＴ導入）に取り組むかを指定してください") Boolean ict,
			@NotNull(message = "オの加算を以前に受けたかを指定してください") Boolean ictAddOnUsedBefore,
			@NotNull(message = "社会福祉連携推進法人に移行したかを指定してください") Boolean convertedToRenkeiSuishinHojin,
			@Schema(description = "参画法人を数えた日（任意、例 2026-11-24）。指定すると理由に「その日時点で参画している法人数で判定」と示す。"
					+ "省略時は設定 kasane.rules.platform-subsidy.participants-counted-at の時点（既定：交付申請の時点）の数として扱う") LocalDate countedOn) {

		/** Without a counting day: the count is taken as the one at the configured point (交付申請の時点 by default). */
		public Input(Integer participants, Integer subsidyYear, Boolean backOfficeConsolidation,
				Boolean backOfficeAddOnUsedBefore, Boolean ict, Boolean ictAddOnUsedBefore,
				Boolean convertedToRenkeiSuishinHojin) {
			this(participants, subsidyYear, backOfficeConsolidation, backOfficeAddOnUsedBefore, ict, ictAddOnUsedBefore,
					convertedToRenkeiSuishinHojin, null);
		}
	}

	/**
	 * The answer, in thousand yen (千円), each a ceiling (以内).
	 *
	 * @param eligible           whether the platform subsidy (3(2)) can be granted for that year
	 * @param baseThousandYen    the base by the number of 参画法人
	 * @param addOnThousandYen   the add-ons for エ and オ that can still be granted
	 * @param ceilingThousandYen base plus add-ons
	 */
	@Schema(name = "PlatformSubsidyResult")
	public record Result(boolean eligible, int baseThousandYen, int addOnThousandYen, int ceilingThousandYen,
			List<String> reasons, List<RuleSource> sources) {
	}

	/**
	 * The answer by the numbers of {@code version} (chosen by {@link RuleCatalog} for the fiscal year asked). This rule
	 * has one version today, so its numbers are that version's; a later table is selected here by the version.
	 */
	public Result evaluate(Input in, RuleVersion version) {
		return evaluate(in);
	}

	public Result evaluate(Input in) {
		int n = in.participants();
		int year = in.subsidyYear();
		List<String> reasons = new ArrayList<>();
		reasons.add(countReason(in.countedOn(), n));
		if (Boolean.TRUE.equals(in.convertedToRenkeiSuishinHojin())) {
			reasons.add("社会福祉連携推進法人の設立後は、会費等により運営されるため、プラットフォームの設置運営事業の対象になりません（3(2)）。"
					+ "連携推進法人の設立支援（1,000千円以内、1回限り）は別に判定します。");
			return refused(reasons);
		}
		if (n < options.minimumParticipants()) {
			reasons.add("参画法人が" + n + "法人では、複数の法人が参画するプラットフォームになりません（要綱は「複数の小規模法人等が参画」とするのみで、"
					+ "この計算は" + options.minimumParticipants() + "法人以上を対象とします。設定 kasane.rules.platform-subsidy.minimum-participants）。");
			return refused(reasons);
		}
		if (year > 2) {
			if (!options.beyondTwoYearsAllowed()) {
				reasons.add("補助の実施期間は試行及び実践に必要な期間として原則２か年までのため、" + year
						+ "年目は対象になりません（例外は要綱に定めがなく、この計算では認めていません。設定 kasane.rules.platform-subsidy.beyond-two-years-allowed）。");
				return refused(reasons);
			}
			reasons.add("補助の実施期間は原則２か年までですが、設定により" + year + "年目を例外として計算しています。");
		}
		int base = base(n);
		reasons.add("参画法人" + n + "法人（" + band(n) + "）の1プラットフォーム当たりの国庫補助基準額は" + yen(base) + "千円以内です。");
		if (options.baseIsAnnual()) {
			reasons.add("基準額は補助を受ける年度ごとの額として扱います（要綱は明記していないため、設定 kasane.rules.platform-subsidy.base-is-annual による選択です）。");
		}
		else if (year >= 2) {
			base = 0;
			reasons.add("基準額は補助期間全体で1回の額として扱う設定のため、" + year + "年目の基準額はありません。");
		}
		int addOn = 0;
		addOn += addOn(in.backOfficeConsolidation(), in.backOfficeAddOnUsedBefore(), "エ（事務処理部門の集約・共同化）",
				BACK_OFFICE_ADD_ON, reasons);
		addOn += addOn(in.ict(), in.ictAddOnUsedBefore(), "オ（ＩＣＴ導入）", ICT_ADD_ON, reasons);
		int ceiling = base + addOn;
		reasons.add("国庫補助基準額の上限は合計" + yen(ceiling) + "千円以内です（実際の補助額は実支出額と交付要綱の補助率によります）。");
		return new Result(true, base, addOn, ceiling, List.copyOf(reasons), SOURCES);
	}

	/** How the count of 参画法人 is to be read: as of the day it was counted, or at the configured point. */
	private String countReason(LocalDate countedOn, int n) {
		if (countedOn != null) {
			return date(countedOn) + "時点で参画している法人数（" + n + "法人）で判定しています（要綱は数える時点を定めていないため、"
					+ "交付申請・実績報告の時点の数と異なることがあります）。";
		}
		return "参画法人の数は" + options.participantsCountedAt().label()
				+ "の数として扱います（要綱は数える時点を定めていないため、設定 kasane.rules.platform-subsidy.participants-counted-at による選択です）。";
	}

	/** 「令和8年11月24日」; 西暦 for a day before 和暦 dates are handled. */
	static String date(LocalDate day) {
		return Era.of(day).isPresent() ? WarekiDate.formatWareki(day) : WarekiDate.formatSeireki(day);
	}

	static int base(int participants) {
		if (participants <= 5) {
			return 1_500;
		}
		return participants <= 9 ? 2_500 : 4_000;
	}

	static String band(int participants) {
		if (participants <= 5) {
			return "５法人以下";
		}
		return participants <= 9 ? "６法人以上、９法人以下" : "10法人以上";
	}

	private static int addOn(Boolean taken, Boolean usedBefore, String what, int amount, List<String> reasons) {
		if (!Boolean.TRUE.equals(taken)) {
			return 0;
		}
		if (Boolean.TRUE.equals(usedBefore)) {
			reasons.add(what + "の加算は1プラットフォームにつき1回に限られ、既に受けているため加算できません。");
			return 0;
		}
		reasons.add(what + "に取り組むため、1プラットフォームにつき1回に限り" + yen(amount) + "千円以内を加算できます。");
		return amount;
	}

	private static Result refused(List<String> reasons) {
		return new Result(false, 0, 0, 0, List.copyOf(reasons), SOURCES);
	}

	static String yen(long amount) {
		return String.format("%,d", amount);
	}
}
