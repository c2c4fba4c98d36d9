package jp.kasane.meeting;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A shortage of social resources (社会資源の不足) that a conference recorded under agenda role C: a
 * 地域課題 for 地域づくり to take up, identified by the decision. Records of a 支援会議 stay with its
 * members and are not listed.
 */
public record CommunityIssue(UUID decisionId, UUID meetingId, String meetingTitle, LocalDate raisedOn, String text, UUID caseId) {
}
