package jp.kasane.housing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kasane.shared.SafeText;

/** The forms of the 居住継続支援 API and pages. */
public final class HousingForms {

	private HousingForms() {
	}

	/**
	 * The whole checklist as the municipality saves it: every measure of ① and every activity of ②
	 * once, with the version the user read (a newer stored version is a conflict).
	 */
	public record PrerequisitesForm(@NotNull(message = "チェックリストの版（version）が必要です") Integer version,
			@NotNull(message = "基本的な取組（①）の5項目を送ってください") @Valid List<MeasureForm> measures,
			@NotNull(message = "体制整備の取組（②）の3項目を送ってください") @Valid List<ActivityForm> activities) {
	}

	/** A measure of ①; a done measure needs the date it was put in place. */
	public record MeasureForm(@NotNull(message = "取組を選んでください") PrerequisiteMeasure measure, boolean done, LocalDate doneOn,
			@Size(max = 1000, message = "根拠・備考は1000文字以内です") @SafeText String evidence) {
	}

	/** An activity of ②. */
	public record ActivityForm(@NotNull(message = "取組を選んでください") SetupActivity activity,
			@NotNull(message = "状況を選んでください") ActivityStatus status,
			@Size(max = 1000, message = "備考は1000文字以内です") @SafeText String note) {
	}

	/**
	 * 居住継続支援 for one person of a case: the 重層的支援会議's finding on both conditions of 別添5 4(1),
	 * when it was held (and, where there is one, its recorded decision), the housing, the support
	 * content, and the first follow-up date.
	 */
	public record NewHousingSupport(@NotNull(message = "対象の人を選んでください") UUID person, Boolean complexNeeds,
			Boolean continuationNeeded,
			@NotNull(message = "重層的支援会議の開催日を入力してください") LocalDate conferenceHeldOn, UUID conferenceDecision,
			@NotNull(message = "住まいの状況を選んでください") HousingSituation situation, LocalDate moveInOn,
			@Size(max = 300, message = "住まいのメモは300文字以内です") @SafeText String addressNote,
			@Size(max = 200, message = "居住支援法人の名称は200文字以内です") @SafeText String supportCorporation,
			Boolean watching, Boolean resourceMatching, Boolean communityTies,
			@Size(max = 2000, message = "支援内容のメモは2000文字以内です") @SafeText String contentNote,
			@NotNull(message = "最初のフォローアップ予定日を入力してください") LocalDate firstFollowUpOn) {

		/** The yes/no answers; a missing one (an unticked checkbox) is no. */
		public NewHousingSupport {
			complexNeeds = Boolean.TRUE.equals(complexNeeds);
			continuationNeeded = Boolean.TRUE.equals(continuationNeeded);
			watching = Boolean.TRUE.equals(watching);
			resourceMatching = Boolean.TRUE.equals(resourceMatching);
			communityTies = Boolean.TRUE.equals(communityTies);
		}
	}

	/** A follow-up (visit or contact) and the next date. */
	public record NewFollowUp(@NotNull(message = "実施日を入力してください") LocalDate heldOn,
			@NotNull(message = "方法を選んでください") FollowUpMethod method,
			@NotBlank(message = "記録の内容を入力してください") @Size(max = 2000, message = "記録は2000文字以内です") @SafeText String note,
			@NotNull(message = "次回の予定日を入力してください") LocalDate nextOn) {
	}
}
