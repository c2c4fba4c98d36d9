package jp.kasane.rules;

import static jp.kasane.rules.ChildCareSources.decimal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jp.kasane.shared.InvalidField;

/**
 * 地域子育て支援拠点の開設日数・時間と職員の基準 (opening days, hours and staff of a child-rearing support hub
 * for its form): 一般型 週3日以上・1日5時間以上・専任2名以上; 連携型 週3日以上・1日3時間以上・専任1名以上;
 * 出張ひろば 週1～2日・1日5時間以上・一般型の職員1名以上が兼務; 小規模型指定施設 週5日以上・1日5時間以上・専任1名以上・
 * a～cのうち2つ以上; and the basic programme's 講習等 月1回以上 (別記2の4 4(1)–(3)).
 */
public final class ChildRearingHubStandardRule {

	/** Every section the answers may cite, for the catalog. */
	static final List<RuleSource> SOURCES = List.of(ChildCareSources.childRearingHub("4(1)エ"),
			ChildCareSources.childRearingHub("4(2)③(ア)・(イ)"), ChildCareSources.childRearingHub("4(3)③(ア)・(イ)"),
			ChildCareSources.childRearingHub("4(2)⑤(ア)・(イ)"), ChildCareSources.childRearingHub("4(2)⑨(イ)"));

	/**
	 * @param hubType          GENERAL (一般型), COOPERATIVE (連携型), POP_UP (出張ひろば), SMALL_DESIGNATED (小規模型指定施設)
	 * @param daysPerWeek      opening days a week
	 * @param hoursPerDay      opening hours a day (the shortest opening day)
	 * @param staff            専任の職員 (part-time counts); for 出張ひろば the 一般型 staff who double up
	 * @param lecturesPerMonth 子育て及び子育て支援に関する講習等 a month (basic programme ア–エ; not required of 出張ひろば
	 *                         and 小規模型指定施設)
	 * @param activities       of a–c (相談指導, サークル・ボランティアの育成, 保育資源の情報提供): how many are run
	 *                         (小規模型指定施設 only; required for it)
	 */
	public record HubQuery(
			@Schema(example = "GENERAL") @NotNull(message = "実施形態を選んでください") ChildRearingHubType hubType,
			@Schema(example = "3") @NotNull(message = "週の開設日数を入力してください") @PositiveOrZero(message = "週の開設日数は0以上で入力してください") @Max(value = 7, message = "週の開設日数は7日以下で入力してください") Integer daysPerWeek,
			@Schema(example = "5") @NotNull(message = "1日の開設時間を入力してください") @DecimalMin(value = "0", message = "1日の開設時間は0以上で入力してください") @DecimalMax(value = "24", message = "1日の開設時間は24時間以下で入力してください") BigDecimal hoursPerDay,
			@Schema(example = "2") @NotNull(message = "職員の数を入力してください") @PositiveOrZero(message = "職員の数は0以上で入力してください") @Max(value = 10_000, message = "職員の数は1万人以下で入力してください") Integer staff,
			@Schema(example = "1") @NotNull(message = "講習等の月の回数を入力してください") @PositiveOrZero(message = "講習等の回数は0以上で入力してください") @Max(value = 1_000, message = "講習等の回数は月1000回以下で入力してください") Integer lecturesPerMonth,
			@PositiveOrZero(message = "取組の数は0以上で入力してください") @Max(value = 3, message = "取組の数は3以下で入力してください") Integer activities) {
	}

	/** One requirement of the standard, what it asks and what was entered. */
	public record HubCheck(String item, String required, String actual, boolean met) {
	}

	public record HubAnswer(String hubType, boolean meetsStandard, List<HubCheck> checks, List<String> reasons,
			List<RuleSource> sources) {
	}

	/**
	 * The answer by the numbers of {@code version} (chosen by {@link RuleCatalog} for the fiscal year asked). This rule
	 * has one version today, so its numbers are that version's; a later table is selected here by the version.
	 */
	public HubAnswer evaluate(HubQuery q, RuleVersion version) {
		return evaluate(q);
	}

	public HubAnswer evaluate(HubQuery q) {
		ChildRearingHubType type = q.hubType();
		if (type == ChildRearingHubType.SMALL_DESIGNATED && q.activities() == null) {
			throw new InvalidField("activities", "小規模型指定施設では、a～cの取組のうち実施している数を入力してください");
		}
		List<HubCheck> checks = new ArrayList<>();
		List<String> reasons = new ArrayList<>();
		List<RuleSource> sources = new ArrayList<>();
		int days = q.daysPerWeek();
		BigDecimal hours = q.hoursPerDay();
		String daysText = "週" + days + "日";
		String hoursText = "1日" + decimal(hours) + "時間";
		switch (type) {
			case GENERAL -> {
				checks.add(new HubCheck("開設日数", "週3日以上", daysText, days >= 3));
				checks.add(new HubCheck("開設時間", "1日5時間以上", hoursText, atLeast(hours, 5)));
				checks.add(new HubCheck("専任の職員（非常勤可）", "2名以上", q.staff() + "名", q.staff() >= 2));
				checks.add(lectures(q));
				sources.add(ChildCareSources.childRearingHub("4(2)③(ア)・(イ)"));
				sources.add(ChildCareSources.childRearingHub("4(1)エ"));
				reasons.add("一般型は、原則として週3日以上、かつ1日5時間以上開設し、専任の者を2名以上（非常勤可）配置します。");
			}
			case COOPERATIVE -> {
				checks.add(new HubCheck("開設日数", "週3日以上", daysText, days >= 3));
				checks.add(new HubCheck("開設時間", "1日3時間以上", hoursText, atLeast(hours, 3)));
				checks.add(new HubCheck("専任の職員（非常勤可）", "1名以上", q.staff() + "名", q.staff() >= 1));
				checks.add(lectures(q));
				sources.add(ChildCareSources.childRearingHub("4(3)③(ア)・(イ)"));
				sources.add(ChildCareSources.childRearingHub("4(1)エ"));
				reasons.add("連携型は、原則として週3日以上、かつ1日3時間以上開設し、専任の者を1名以上（非常勤可）配置します。"
						+ "連携施設（児童館・児童センター）の職員のバックアップを受けられる体制も必要です（この判定では確認していません）。");
			}
			case POP_UP -> {
				checks.add(new HubCheck("開設日数", "週1～2日", daysText, days >= 1 && days <= 2));
				checks.add(new HubCheck("開設時間", "1日5時間以上", hoursText, atLeast(hours, 5)));
				checks.add(new HubCheck("出張ひろばを兼務する一般型の職員", "1名以上", q.staff() + "名", q.staff() >= 1));
				sources.add(ChildCareSources.childRearingHub("4(2)⑤(ア)・(イ)"));
				reasons.add("出張ひろばは、週1～2日、かつ1日5時間以上開設し、一般型の職員が必ず1名以上兼務します。"
						+ "週3日以上開設する場合は出張ひろばではなく、常設の拠点（一般型）の基準で判断します。講習等の回数は本体の一般型の基本事業で見るため、ここでは判定しません。");
			}
			case SMALL_DESIGNATED -> {
				checks.add(new HubCheck("開設日数", "週5日以上", daysText, days >= 5));
				checks.add(new HubCheck("開設時間", "1日5時間以上", hoursText, atLeast(hours, 5)));
				checks.add(new HubCheck("専任の職員（非常勤可）", "1名以上", q.staff() + "名", q.staff() >= 1));
				checks.add(new HubCheck("a～cの取組", "2つ以上", q.activities() + "つ", q.activities() >= 2));
				sources.add(ChildCareSources.childRearingHub("4(2)⑨(イ)"));
				reasons.add("小規模型指定施設（経過措置）は、原則として週5日以上、かつ1日5時間以上開設し、専任の者を1名以上（非常勤可）配置し、"
						+ "a 育児不安等の相談指導、b 子育てサークル・ボランティアの育成・支援、c 地域の保育資源の情報提供・連携のうち2つ以上を実施します。"
						+ "基本事業ア～エのすべての実施は求められないため、講習等の回数は判定しません。");
			}
		}
		boolean meets = checks.stream().allMatch(HubCheck::met);
		List<String> unmet = checks.stream().filter(c -> !c.met())
			.map(c -> c.item() + "が" + c.actual() + "で、" + c.required() + "を満たしません")
			.toList();
		reasons.add(0, meets ? type.label() + "の開設日数・時間と職員の基準を満たしています。"
				: type.label() + "の基準を満たしていません：" + String.join("。", unmet) + "。");
		reasons.add("基準の「以上」はその数を含みます（例：ちょうど週3日・1日5時間は満たします）。開設日数・時間は「原則として」とされ、例外の可否は市町村の判断です。");
		reasons.add("1日の開設時間は、開設する日のうち最も短い日の時間として扱います（日によって時間が異なる場合の扱いは定めがありません）。");
		return new HubAnswer(type.label(), meets, List.copyOf(checks), List.copyOf(reasons), List.copyOf(sources));
	}

	private static HubCheck lectures(HubQuery q) {
		return new HubCheck("子育て及び子育て支援に関する講習等", "月1回以上", "月" + q.lecturesPerMonth() + "回",
				q.lecturesPerMonth() >= 1);
	}

	private static boolean atLeast(BigDecimal value, int bound) {
		return value.compareTo(BigDecimal.valueOf(bound)) >= 0;
	}
}
