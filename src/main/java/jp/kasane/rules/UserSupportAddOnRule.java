package jp.kasane.rules;

import static jp.kasane.rules.ChildCareSources.count;
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
 * 利用者支援事業（基本型）の加算要件 (add-ons of the user-support programme, basic type): 夜間加算, 休日加算
 * (別記1の3 4(1)④オ) and 機能強化のための取組 (④キ), which also counts 出張相談支援 (④カ).
 */
public final class UserSupportAddOnRule {

	static final List<RuleSource> SOURCES = List.of(ChildCareSources.userSupport("4(1)④オ(ア)・(イ)"),
				ChildCareSources.userSupport("4(1)④カ"), ChildCareSources.userSupport("4(1)④キ"));

	static final BigDecimal NIGHT_HOURS_OVER = BigDecimal.valueOf(6);
	static final int NIGHT_DAYS = 3;
	static final BigDecimal EVENING_HOURS = BigDecimal.valueOf(2);
	static final int HOLIDAY_DAYS = 4;
	static final int CONSULTATIONS_PER_DAY = 5;
	static final int DEDICATED_STAFF = 2;

	private final ChildCareRuleOptions options;

	UserSupportAddOnRule(ChildCareRuleOptions options) {
		this.options = options;
	}

	/**
	 * @param emergencyMeasures        the municipality runs the 緊急対策 (待機児童解消, 平成28年4月7日通知)
	 * @param hoursPerDay              opening hours a day (the shortest opening day)
	 * @param daysPerWeek              opening days a week
	 * @param eveningDaysPerWeek       days a week open after 18:00
	 * @param eveningHoursAfter18      hours open after 18:00 on those days
	 * @param weekendOrHolidayOpening  open on Saturday, or Sunday / national holidays
	 * @param outreach                 runs 出張相談支援 meeting ④カ(ア)–(ウ)
	 * @param consultations            consultations of the site in the period
	 * @param openingDays              opening days of the site in the same period
	 * @param dedicatedStaff           専任職員 meeting ③ア, not counting the 出張相談支援 staff
	 * @param businessPlanPublished    business plan written and publicised, implementation published (④キ(エ))
	 * @param staffingRecorded         planned and actual staffing recorded (④キ(オ))
	 */
	public record AddOnQuery(
			@Schema(example = "true") @NotNull(message = "緊急対策を実施しているかを選んでください") Boolean emergencyMeasures,
			@Schema(example = "8") @NotNull(message = "1日の開所時間を入力してください") @DecimalMin(value = "0", message = "1日の開所時間は0以上で入力してください") @DecimalMax(value = "24", message = "1日の開所時間は24時間以下で入力してください") BigDecimal hoursPerDay,
			@Schema(example = "5") @NotNull(message = "週の開所日数を入力してください") @PositiveOrZero(message = "週の開所日数は0以上で入力してください") @Max(value = 7, message = "週の開所日数は7日以下で入力してください") Integer daysPerWeek,
			@Schema(example = "3") @NotNull(message = "18時以降に開所する日数（週）を入力してください") @PositiveOrZero(message = "18時以降に開所する日数は0以上で入力してください") @Max(value = 7, message = "18時以降に開所する日数は7日以下で入力してください") Integer eveningDaysPerWeek,
			@Schema(example = "2") @NotNull(message = "18時以降の開所時間を入力してください") @DecimalMin(value = "0", message = "18時以降の開所時間は0以上で入力してください") @DecimalMax(value = "6", message = "18時以降の開所時間は6時間以下で入力してください") BigDecimal eveningHoursAfter18,
			@Schema(example = "false") @NotNull(message = "土曜日または日曜日・祝日等に開所するかを選んでください") Boolean weekendOrHolidayOpening,
			@Schema(example = "false") @NotNull(message = "出張相談支援を実施しているかを選んでください") Boolean outreach,
			@Schema(example = "1300") @NotNull(message = "相談等の件数を入力してください") @PositiveOrZero(message = "相談等の件数は0以上で入力してください") @Max(value = 10_000_000, message = "相談等の件数は1千万件以下で入力してください") Integer consultations,
			@Schema(example = "240") @NotNull(message = "開所日数（期間中）を入力してください") @PositiveOrZero(message = "開所日数は0以上で入力してください") @Max(value = 366, message = "開所日数は366日以下で入力してください") Integer openingDays,
			@Schema(example = "2") @NotNull(message = "専任職員の数を入力してください") @PositiveOrZero(message = "専任職員の数は0以上で入力してください") @Max(value = 10_000, message = "専任職員の数は1万人以下で入力してください") Integer dedicatedStaff,
			@Schema(example = "true") @NotNull(message = "事業計画書の作成・公表をしているかを選んでください") Boolean businessPlanPublished,
			@Schema(example = "true") @NotNull(message = "人員配置の予定と実績を記録しているかを選んでください") Boolean staffingRecorded) {
	}

	/**
	 * @param night                      夜間加算
	 * @param holiday                    休日加算
	 * @param reinforcement              機能強化のための取組 加算
	 * @param averageConsultationsPerDay consultations per opening day (2 decimals), null without opening days
	 */
	public record AddOnAnswer(boolean night, boolean holiday, boolean reinforcement, BigDecimal averageConsultationsPerDay,
			List<String> reasons, List<RuleSource> sources) {
	}

	/**
	 * The answer by the numbers of {@code version} (chosen by {@link RuleCatalog} for the fiscal year asked). This rule
	 * has one version today, so its numbers are that version's; a later table is selected here by the version.
	 */
	public AddOnAnswer evaluate(AddOnQuery q, RuleVersion version) {
		return evaluate(q);
	}

	public AddOnAnswer evaluate(AddOnQuery q) {
		if (q.eveningDaysPerWeek() > q.daysPerWeek()) {
			throw new InvalidField("eveningDaysPerWeek", "18時以降に開所する日数が週の開所日数を超えています");
		}
		if (q.eveningHoursAfter18().compareTo(q.hoursPerDay()) > 0) {
			throw new InvalidField("eveningHoursAfter18", "18時以降の開所時間が1日の開所時間を超えています");
		}
		List<String> reasons = new ArrayList<>();
		boolean emergency = q.emergencyMeasures();
		if (!emergency) {
			reasons.add("夜間加算・休日加算・機能強化の加算は、緊急対策（待機児童解消に向けて緊急的に対応する取組）を実施する市町村に限られます。この市町村は実施していないため、いずれも対象外です。");
		}
		// 夜間加算
		List<String> nightMissing = new ArrayList<>();
		if (q.hoursPerDay().compareTo(NIGHT_HOURS_OVER) <= 0) {
			nightMissing.add("1日の開所時間" + decimal(q.hoursPerDay()) + "時間が6時間を超えていません（ちょうど6時間は「超えて」に当たりません）");
		}
		if (q.eveningDaysPerWeek() < NIGHT_DAYS || q.eveningHoursAfter18().compareTo(EVENING_HOURS) < 0) {
			nightMissing.add("18時以降に2時間以上開所する日が週3日以上ありません（週" + q.eveningDaysPerWeek() + "日、18時以降"
					+ decimal(q.eveningHoursAfter18()) + "時間）");
		}
		boolean night = emergency && nightMissing.isEmpty();
		reasons.add(night
				? "夜間加算の対象です：緊急対策を実施し、1日" + decimal(q.hoursPerDay()) + "時間（6時間超）開所し、週" + q.eveningDaysPerWeek()
						+ "日、18時以降に" + decimal(q.eveningHoursAfter18()) + "時間開所しています。"
				: "夜間加算の対象ではありません" + (nightMissing.isEmpty() ? "。" : "：" + String.join("。", nightMissing) + "。"));
		// 休日加算
		List<String> holidayMissing = new ArrayList<>();
		if (q.daysPerWeek() < HOLIDAY_DAYS) {
			holidayMissing.add("週の開所日数" + q.daysPerWeek() + "日が週4日以上ではありません");
		}
		if (!q.weekendOrHolidayOpening()) {
			holidayMissing.add("土曜日または日曜日・国民の祝日等に開所していません");
		}
		boolean holiday = emergency && holidayMissing.isEmpty();
		reasons.add(holiday ? "休日加算の対象です：緊急対策を実施し、週" + q.daysPerWeek() + "日開所し、土曜日または日曜日・国民の祝日等に開所しています。"
				: "休日加算の対象ではありません" + (holidayMissing.isEmpty() ? "。" : "：" + String.join("。", holidayMissing) + "。"));
		reasons.add("夜間加算・休日加算の開所要件は「原則として」とされています。例外の可否は市町村の判断で、このルールは原則どおりに判定しています。1日の開所時間は、開所する日のうち最も短い日の時間として扱います。");
		// 機能強化
		List<String> missing = new ArrayList<>();
		if (!(night || holiday || q.outreach())) {
			missing.add("夜間加算・休日加算・出張相談支援のいずれの取組も実施していません");
		}
		BigDecimal average = q.openingDays() == 0 ? null
				: BigDecimal.valueOf(q.consultations()).divide(BigDecimal.valueOf(q.openingDays()), 2, RoundingMode.HALF_UP);
		boolean enoughConsultations = q.openingDays() > 0
				&& (long) q.consultations() >= (long) CONSULTATIONS_PER_DAY * q.openingDays();
		if (!enoughConsultations) {
			missing.add(q.openingDays() == 0 ? "開所日数が0日のため、開所日1日当たりの相談等実績を算出できません"
					: "開所日1日当たりの相談等実績が平均" + decimal(average) + "件で、5件以上ではありません");
		}
		if (!emergency) {
			missing.add("緊急対策に参加している市町村ではありません");
		}
		if (q.dedicatedStaff() < DEDICATED_STAFF) {
			missing.add("③アを満たす専任職員が" + q.dedicatedStaff() + "名で、2名以上ではありません"
					+ (q.outreach() ? "（出張相談支援の職員とは別に数えます）" : ""));
		}
		if (!q.businessPlanPublished()) {
			missing.add("事業計画書の作成・周知と実施状況の公表がされていません");
		}
		if (!q.staffingRecorded()) {
			missing.add("人員配置の予定と実績が記録されていません");
		}
		boolean reinforcement = missing.isEmpty();
		reasons.add(reinforcement
				? "機能強化の加算の対象です：夜間・休日・出張相談支援のいずれかを実施し、開所日1日当たり平均" + decimal(average)
						+ "件の相談等実績があり、緊急対策に参加し、専任職員" + q.dedicatedStaff() + "名を配置し、事業計画書の公表と人員配置の記録をしています。"
				: "機能強化の加算の対象ではありません：" + String.join("。", missing) + "。");
		reasons.add("相談等実績の平均は、件数が開所日数の5倍以上かどうかで判定しています（端数処理は不要です）。期間中の件数と開所日数を"
				+ options.countedAt().label() + "として扱います。どの期間・時点で数えるかは定めがありません（設定 kasane.rules.child-care.counted-at）。");
		if (q.outreach()) {
			reasons.add("出張相談支援は、③イの専任職員に加えて③アを満たす職員を配置し、継続的・計画的に実施し、開催日や場所を広報していることを前提にしています。");
		}
		List<RuleSource> sources = SOURCES;
		return new AddOnAnswer(night, holiday, reinforcement, average, List.copyOf(reasons), sources);
	}
}
