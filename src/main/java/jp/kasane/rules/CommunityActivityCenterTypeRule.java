package jp.kasane.rules;

import static jp.kasane.rules.ChildCareSources.decimal;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * 地域活動支援センターの類型 (type of a community activity support centre) by daily users and staff: 基礎的事業
 * 2名以上うち1名専任; Ⅰ型 +1名以上・うち2名以上常勤・実利用人員概ね20名以上・相談支援事業を併せて実施;
 * Ⅱ型 +1名以上・うち1名以上常勤・概ね15名以上; Ⅲ型 うち1名以上常勤・概ね10名以上・障害者団体等の実績概ね5年以上
 * (別記2の3 3(1)–(3)).
 */
public final class CommunityActivityCenterTypeRule {

	static final List<RuleSource> SOURCES = List.of(ChildCareSources.activityCenter("3(1)ア～ウ"),
				ChildCareSources.activityCenter("3(2)ア～ウ・注2"), ChildCareSources.activityCenter("3(3)ア～ウ"));

	static final int BASE_STAFF = 2;

	private final ChildCareRuleOptions options;

	CommunityActivityCenterTypeRule(ChildCareRuleOptions options) {
		this.options = options;
	}

	/**
	 * @param dailyUsers          1日当たりの実利用人員 (average)
	 * @param staff               all staff (基礎的事業 and the additional ones)
	 * @param fullTimeStaff       of them full-time (常勤)
	 * @param dedicatedStaff      of them dedicated (専任)
	 * @param consultationSupport runs (or is contracted for) 相談支援事業
	 * @param trackRecordYears    years of the disability group's 通所による援護事業 (0 if not such a group)
	 */
	public record ActivityCenterQuery(
			@Schema(example = "16") @NotNull(message = "1日当たりの実利用人員を入力してください") @DecimalMin(value = "0", message = "実利用人員は0以上で入力してください") @DecimalMax(value = "100000", message = "実利用人員は10万人以下で入力してください") BigDecimal dailyUsers,
			@Schema(example = "3") @NotNull(message = "職員の数を入力してください") @PositiveOrZero(message = "職員の数は0以上で入力してください") @Max(value = 10_000, message = "職員の数は1万人以下で入力してください") Integer staff,
			@Schema(example = "1") @NotNull(message = "常勤の職員の数を入力してください") @PositiveOrZero(message = "常勤の職員の数は0以上で入力してください") @Max(value = 10_000, message = "常勤の職員の数は1万人以下で入力してください") Integer fullTimeStaff,
			@Schema(example = "1") @NotNull(message = "専任の職員の数を入力してください") @PositiveOrZero(message = "専任の職員の数は0以上で入力してください") @Max(value = 10_000, message = "専任の職員の数は1万人以下で入力してください") Integer dedicatedStaff,
			@Schema(example = "false") @NotNull(message = "相談支援事業を併せて実施しているかを選んでください") Boolean consultationSupport,
			@Schema(example = "0") @NotNull(message = "障害者団体等の通所による援護事業の実績年数を入力してください（該当しなければ0）") @PositiveOrZero(message = "実績年数は0以上で入力してください") @Max(value = 1_000, message = "実績年数は1000年以下で入力してください") Integer trackRecordYears) {
	}

	/** Whether the centre meets one type, and what is missing. */
	public record TypeCheck(String type, boolean met, List<String> missing) {
	}

	/**
	 * @param type      the highest type met (地域活動支援センターⅠ型 …), or 「該当なし」
	 * @param baseMet   whether the 基礎的事業 staffing is met
	 * @param checks    Ⅰ型, Ⅱ型, Ⅲ型 each
	 */
	public record ActivityCenterAnswer(String type, boolean baseMet, List<TypeCheck> checks, List<String> reasons,
			List<RuleSource> sources) {
	}

	/**
	 * The answer by the numbers of {@code version} (chosen by {@link RuleCatalog} for the fiscal year asked). This rule
	 * has one version today, so its numbers are that version's; a later table is selected here by the version.
	 */
	public ActivityCenterAnswer evaluate(ActivityCenterQuery q, RuleVersion version) {
		return evaluate(q);
	}

	public ActivityCenterAnswer evaluate(ActivityCenterQuery q) {
		if (q.fullTimeStaff() > q.staff()) {
			throw new InvalidField("fullTimeStaff", "常勤の職員の数が職員の数を超えています");
		}
		if (q.dedicatedStaff() > q.staff()) {
			throw new InvalidField("dedicatedStaff", "専任の職員の数が職員の数を超えています");
		}
		List<String> reasons = new ArrayList<>();
		BigDecimal users = options.dailyUsersComparison() == ChildCareRuleOptions.UsersComparison.HALF_UP
				? q.dailyUsers().setScale(0, RoundingMode.HALF_UP) : q.dailyUsers();
		List<String> baseMissing = new ArrayList<>();
		if (q.staff() < BASE_STAFF) {
			baseMissing.add("基礎的事業の職員が2名以上いません（" + q.staff() + "名）");
		}
		if (q.dedicatedStaff() < 1) {
			baseMissing.add("基礎的事業の職員のうち1名が専任ではありません");
		}
		boolean base = baseMissing.isEmpty();
		reasons.add(base ? "基礎的事業の職員配置（2名以上、うち1名は専任）を満たしています。"
				: "基礎的事業の職員配置（2名以上、うち1名は専任）を満たしていません：" + String.join("。", baseMissing)
						+ "。デジタル技術等による業務効率化で他の事業所の職員を兼務するなど業務に支障のない場合は例外とされますが、この判定では考慮していません。");

		List<String> one = new ArrayList<>(baseMissing);
		if (q.staff() < BASE_STAFF + 1) {
			one.add("基礎的事業の職員のほかに1名以上の配置がありません（合計3名以上が必要）");
		}
		if (q.fullTimeStaff() < 2) {
			one.add("常勤の職員が2名以上いません");
		}
		if (users.compareTo(BigDecimal.valueOf(20)) < 0) {
			one.add("1日当たりの実利用人員が概ね20名以上ではありません");
		}
		if (!q.consultationSupport()) {
			one.add("相談支援事業を併せて実施していません（受託を含む）");
		}
		List<String> two = new ArrayList<>(baseMissing);
		if (q.staff() < BASE_STAFF + 1) {
			two.add("基礎的事業の職員のほかに1名以上の配置がありません（合計3名以上が必要）");
		}
		if (q.fullTimeStaff() < 1) {
			two.add("常勤の職員が1名以上いません");
		}
		if (users.compareTo(BigDecimal.valueOf(15)) < 0) {
			two.add("1日当たりの実利用人員が概ね15名以上ではありません");
		}
		List<String> three = new ArrayList<>(baseMissing);
		if (q.fullTimeStaff() < 1) {
			three.add("基礎的事業の職員のうち常勤が1名以上いません");
		}
		if (users.compareTo(BigDecimal.valueOf(10)) < 0) {
			three.add("1日当たりの実利用人員が概ね10名以上ではありません");
		}
		if (q.trackRecordYears() < 5) {
			three.add("障害者団体等による通所の援護事業の実績が概ね5年以上ではありません（" + q.trackRecordYears() + "年）");
		}
		List<TypeCheck> checks = List.of(new TypeCheck("地域活動支援センターⅠ型", one.isEmpty(), List.copyOf(one)),
				new TypeCheck("地域活動支援センターⅡ型", two.isEmpty(), List.copyOf(two)),
				new TypeCheck("地域活動支援センターⅢ型", three.isEmpty(), List.copyOf(three)));
		String type = checks.stream().filter(TypeCheck::met).map(TypeCheck::type).findFirst().orElse("該当なし");
		String usersText = decimal(q.dailyUsers()) + "名";
		reasons.add(0, "該当なし".equals(type)
				? "1日当たりの実利用人員" + usersText + "・職員" + q.staff() + "名（常勤" + q.fullTimeStaff() + "名）では、Ⅰ型・Ⅱ型・Ⅲ型のいずれの例にも当たりません。"
				: "1日当たりの実利用人員" + usersText + "・職員" + q.staff() + "名（常勤" + q.fullTimeStaff() + "名）で、" + type
						+ "の例に当たります。");
		for (TypeCheck c : checks) {
			if (!c.met()) {
				reasons.add(c.type() + "に当たらない理由：" + String.join("。", c.missing()) + "。");
			}
		}
		if (checks.stream().filter(TypeCheck::met).count() > 1) {
			reasons.add("複数の類型の例に当たるため、Ⅰ型・Ⅱ型・Ⅲ型の順で最初に当たるものを示しています。");
		}
		reasons.add("実施要領は類型・職員配置・利用者数を「例」として示しており、類型の設け方は実施主体（市町村）の判断です。");
		reasons.add(options.dailyUsersComparison() == ChildCareRuleOptions.UsersComparison.HALF_UP
				? "「概ね○名以上」の端数の扱いは定めがないため、この設定では実利用人員の平均を四捨五入してから比べています（kasane.rules.child-care.daily-users-comparison）。"
				: "「概ね○名以上」の端数の扱いは定めがないため、既定では実利用人員の平均を入力どおりに比べ、ちょうど20名・15名・10名は「以上」に当たります（kasane.rules.child-care.daily-users-comparison）。");
		reasons.add("実利用人員をどの期間の平均・どの時点で数えるかは定めがないため、" + options.countedAt().label()
				+ "として扱います（kasane.rules.child-care.counted-at）。");
		List<RuleSource> sources = SOURCES;
		return new ActivityCenterAnswer(type, base, checks, List.copyOf(reasons), sources);
	}
}
