package jp.kasane.casework;

import java.time.LocalDate;
import java.util.UUID;

import jp.kasane.shared.UserId;

/**
 * 支援決定: the municipality's decision to use 参加支援 or アウトリーチ for a case (invariant 2),
 * flagged as an early start when it comes before the plan is adopted.
 */
public record SupportDecision(UUID id, Program program, LocalDate decidedOn, UserId decidedBy, UUID conferenceDecision,
		boolean earlyStart, String reason) {

	public enum Program {
		PARTICIPATION("参加支援事業"), OUTREACH("アウトリーチ等を通じた継続的支援事業");

		private final String label;

		Program(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
