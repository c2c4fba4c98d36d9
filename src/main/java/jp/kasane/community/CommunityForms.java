package jp.kasane.community;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jp.kasane.rules.ChildRearingHubType;
import jp.kasane.shared.SafeText;

/** The forms of the 地域づくり API and pages. */
public final class CommunityForms {

	private CommunityForms() {
	}

	/** A hub (拠点) of one of the five 地域づくり事業. */
	public record NewHub(@NotNull(message = "事業を選んでください") CommunityProgram program,
			@NotBlank(message = "拠点の名称を入力してください") @Size(max = 200, message = "名称は200文字以内です") @SafeText String name,
			@NotBlank(message = "運営者を入力してください") @Size(max = 200, message = "運営者は200文字以内です") @SafeText String operator,
			@Size(max = 100, message = "地域は100文字以内です") @SafeText String area,
			@NotNull(message = "主な対象を選んでください") ServedGroup serves, Boolean openToOtherGenerations,
			@Size(max = 500, message = "開設日時は500文字以内です") @SafeText String schedule, UUID place,
			@Size(max = 2000, message = "備考は2000文字以内です") @SafeText String note) {

		public NewHub {
			openToOtherGenerations = Boolean.TRUE.equals(openToOtherGenerations);
		}
	}

	/** A hub's details as corrected, with the version the user saw. */
	public record EditHub(@NotNull(message = "事業を選んでください") CommunityProgram program,
			@NotBlank(message = "拠点の名称を入力してください") @Size(max = 200, message = "名称は200文字以内です") @SafeText String name,
			@NotBlank(message = "運営者を入力してください") @Size(max = 200, message = "運営者は200文字以内です") @SafeText String operator,
			@Size(max = 100, message = "地域は100文字以内です") @SafeText String area,
			@NotNull(message = "主な対象を選んでください") ServedGroup serves, Boolean openToOtherGenerations,
			@Size(max = 500, message = "開設日時は500文字以内です") @SafeText String schedule, UUID place,
			@Size(max = 2000, message = "備考は2000文字以内です") @SafeText String note,
			@NotNull(message = "版（version）が必要です") Integer version) {

		NewHub details() {
			return new NewHub(program, name, operator, area, serves, openToOtherGenerations, schedule, place, note);
		}
	}

	/**
	 * The few numbers of a hub its program's standard is judged by (rules module), each optional: for a
	 * 地域活動支援センター the daily users and staff (Ⅰ/Ⅱ/Ⅲ型), for a 地域子育て支援拠点 its form, opening days and hours,
	 * staff and 講習等. {@code version} is the hub's version the user saw.
	 */
	public record HubFacts(
			@DecimalMin(value = "0", message = "1日当たりの実利用人員は0以上で入力してください") @DecimalMax(value = "10000", message = "1日当たりの実利用人員は1万人以下で入力してください") @Digits(integer = 5, fraction = 1, message = "1日当たりの実利用人員は小数第1位までで入力してください") BigDecimal dailyUsers,
			@PositiveOrZero(message = "職員の数は0以上で入力してください") @Max(value = 1000, message = "職員の数は1000人以下で入力してください") Integer staff,
			@PositiveOrZero(message = "常勤の職員の数は0以上で入力してください") @Max(value = 1000, message = "常勤の職員の数は1000人以下で入力してください") Integer fullTimeStaff,
			@PositiveOrZero(message = "専任の職員の数は0以上で入力してください") @Max(value = 1000, message = "専任の職員の数は1000人以下で入力してください") Integer dedicatedStaff,
			Boolean consultationSupport,
			@PositiveOrZero(message = "実績年数は0以上で入力してください") @Max(value = 200, message = "実績年数は200年以下で入力してください") Integer trackRecordYears,
			ChildRearingHubType hubForm,
			@PositiveOrZero(message = "週の開設日数は0以上で入力してください") @Max(value = 7, message = "週の開設日数は7日以下で入力してください") Integer daysPerWeek,
			@DecimalMin(value = "0", message = "1日の開設時間は0以上で入力してください") @DecimalMax(value = "24", message = "1日の開設時間は24時間以下で入力してください") @Digits(integer = 2, fraction = 1, message = "1日の開設時間は小数第1位までで入力してください") BigDecimal hoursPerDay,
			@PositiveOrZero(message = "講習等の回数は0以上で入力してください") @Max(value = 100, message = "講習等の回数は月100回以下で入力してください") Integer lecturesPerMonth,
			@PositiveOrZero(message = "取組の数は0以上で入力してください") @Max(value = 3, message = "取組の数は3以下で入力してください") Integer activities,
			@NotNull(message = "版（version）が必要です") Integer version) {

		public static HubFacts none(int version) {
			return new HubFacts(null, null, null, null, null, null, null, null, null, null, null, version);
		}
	}

	/** A platform (プラットフォーム): a forum where people of many fields meet. */
	public record NewPlatform(
			@NotBlank(message = "プラットフォームの名称を入力してください") @Size(max = 200, message = "名称は200文字以内です") @SafeText String name,
			@Size(max = 100, message = "地域は100文字以内です") @SafeText String area,
			@Size(max = 2000, message = "目的は2000文字以内です") @SafeText String purpose) {
	}

	public record NewMember(
			@NotBlank(message = "参加者（団体・機関）の名称を入力してください") @Size(max = 200, message = "名称は200文字以内です") @SafeText String name,
			@NotNull(message = "参加者の種別を選んでください") MemberKind kind) {
	}

	/** A meeting of a platform; a shortage it raised may go straight into the 地域課題 register. */
	public record NewPlatformMeeting(@NotNull(message = "開催日を入力してください") LocalDate heldOn,
			@NotBlank(message = "テーマを入力してください") @Size(max = 200, message = "テーマは200文字以内です") @SafeText String theme,
			@NotNull(message = "参加者数を入力してください") @PositiveOrZero(message = "参加者数は0以上で入力してください") Integer participants,
			@Size(max = 4000, message = "記録は4000文字以内です") @SafeText String notes,
			@Size(max = 200, message = "地域課題は200文字以内です") @SafeText String raisedIssue) {
	}

	public record NewCoordinator(
			@NotBlank(message = "氏名を入力してください") @Size(max = 100, message = "氏名は100文字以内です") @SafeText String name,
			@NotNull(message = "コーディネーターの種類を選んでください") CoordinatorRole role,
			@Size(max = 100, message = "担当地域は100文字以内です") @SafeText String area,
			@NotBlank(message = "所属を入力してください") @Size(max = 200, message = "所属は200文字以内です") @SafeText String agencyName) {
	}

	/** An event with its participants by generation (子ども・若者・現役世代・高齢者). */
	public record NewEvent(
			@NotBlank(message = "イベントの名称を入力してください") @Size(max = 200, message = "名称は200文字以内です") @SafeText String title,
			@NotNull(message = "イベントの種類を選んでください") EventKind kind,
			@NotNull(message = "開催日を入力してください") LocalDate heldOn, UUID hub, UUID platform,
			@PositiveOrZero(message = "参加者数は0以上で入力してください") Integer children,
			@PositiveOrZero(message = "参加者数は0以上で入力してください") Integer youth,
			@PositiveOrZero(message = "参加者数は0以上で入力してください") Integer workingAge,
			@PositiveOrZero(message = "参加者数は0以上で入力してください") Integer seniors,
			@Size(max = 2000, message = "備考は2000文字以内です") @SafeText String note) {
	}

	/** A 地域課題 raised by a coordinator, a platform meeting or otherwise (conference ones are imported). */
	public record NewIssue(
			@NotBlank(message = "地域課題を入力してください") @Size(max = 200, message = "地域課題は200文字以内です") @SafeText String title,
			@Size(max = 4000, message = "内容は4000文字以内です") @SafeText String description,
			@Size(max = 100, message = "地域は100文字以内です") @SafeText String area,
			@NotNull(message = "誰が提起したかを選んでください") IssueSource raisedBy, UUID coordinator, UUID platformMeeting,
			LocalDate raisedOn) {
	}

	/** Rewords a 地域課題 (e.g. one taken in from a conference decision), with the version the user saw. */
	public record EditIssue(
			@NotBlank(message = "地域課題を入力してください") @Size(max = 200, message = "地域課題は200文字以内です") @SafeText String title,
			@Size(max = 4000, message = "内容は4000文字以内です") @SafeText String description,
			@Size(max = 100, message = "地域は100文字以内です") @SafeText String area,
			@NotNull(message = "版（version）が必要です") Integer version) {
	}

	/** Takes a conference decision of role C into the register as a new 地域課題. */
	public record ImportDecision(@NotNull(message = "取り込む会議の決定を選んでください") UUID decisionId,
			@Size(max = 200, message = "地域課題は200文字以内です") @SafeText String title) {
	}

	/** Links one more conference decision of role C to an existing 地域課題. */
	public record LinkDecision(@NotNull(message = "紐づける会議の決定を選んでください") UUID decisionId) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "CommunityIssueStatusChange")
	public record StatusChange(@NotNull(message = "新しい状態を選んでください") IssueStatus status,
			@NotNull(message = "版（version）が必要です") Integer version,
			@Size(max = 2000, message = "メモは2000文字以内です") @SafeText String note,
			@Size(max = 200, message = "資源の名称は200文字以内です") @SafeText String resourceName,
			@Size(max = 2000, message = "資源の説明は2000文字以内です") @SafeText String resourceDescription) {
	}
}
