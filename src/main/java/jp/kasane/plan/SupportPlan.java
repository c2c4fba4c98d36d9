package jp.kasane.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One version of a case's support plan (プラン): the person's own goals (本人の目標), the support
 * policy, each agency's role and tasks, and the monitoring dates. A draft becomes the plan in force
 * only when a 重層的支援会議 adopts it.
 */
public record SupportPlan(UUID id, UUID caseId, int versionNo, Status status, String personGoals, String policy,
		List<LocalDate> monitoringDates, List<Role> roles, UUID adoptedDecision, LocalDate adoptedOn, int rowVersion) {

	public enum Status {
		DRAFT("作成中"), ADOPTED("採用（実施中）"), SUPERSEDED("旧版");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** An agency's part in the plan. */
	public record Role(UUID agency, String role, String tasks) {
	}
}
