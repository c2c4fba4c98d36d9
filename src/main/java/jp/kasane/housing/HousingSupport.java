package jp.kasane.housing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 居住継続支援 for one person of a 多機関協働 case, as a user with a basis to see that person reads it.
 *
 * @param complexNeeds        要件1: 複合化・複雑化した課題、自立相談支援機関単独では困難、入居後支援が必要で既存資源では対応困難
 * @param continuationNeeded  要件2: アウトリーチ等・参加支援の中で居住継続支援が必要
 * @param conferenceHeldOn    the 重層的支援会議 that found both conditions
 * @param conferenceDecision  its recorded decision on the case, where one was chosen
 * @param nextFollowUpOn      the next scheduled follow-up (the last record's next date, or the first one)
 * @param lastContactOn       the last follow-up, or null if none yet
 * @param daysSinceContact    days since the last follow-up, or since the start if there was none
 * @param dueSoon             the next follow-up is within a week (or overdue)
 * @param overdue             the next follow-up date has passed
 */
public record HousingSupport(UUID id, UUID caseId, UUID personId, boolean complexNeeds, boolean continuationNeeded,
		LocalDate conferenceHeldOn, UUID conferenceDecision, HousingSituation situation, LocalDate moveInOn,
		String addressNote, String supportCorporation, boolean watching, boolean resourceMatching, boolean communityTies,
		String contentNote, LocalDate startedOn, LocalDate nextFollowUpOn, LocalDate lastContactOn, long daysSinceContact,
		boolean dueSoon, boolean overdue, List<FollowUp> followUps) {

	/** A visit or contact and the next date set at it. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "HousingSupportFollowUp")
	public record FollowUp(UUID id, LocalDate heldOn, FollowUpMethod method, String note, LocalDate nextOn,
			UUID recordedAgency, Instant recordedAt) {
	}

	/** The support content as a Japanese list. */
	public String contentLabel() {
		List<String> parts = new java.util.ArrayList<>();
		if (watching) {
			parts.add("入居後の見守り");
		}
		if (resourceMatching) {
			parts.add("地域資源とのマッチング");
		}
		if (communityTies) {
			parts.add("地域とのつながりづくり");
		}
		return String.join("・", parts);
	}

	/** "最後のフォローアップから12日" or "フォローアップ未実施（開始から3日）". */
	public String sinceContactLabel() {
		return lastContactOn == null ? "フォローアップ未実施（開始から" + daysSinceContact + "日）"
				: "最後のフォローアップから" + daysSinceContact + "日";
	}
}
