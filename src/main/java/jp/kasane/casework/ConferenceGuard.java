package jp.kasane.casework;

import java.util.Optional;
import java.util.UUID;

import jp.kasane.shared.RuleViolation;

/**
 * Invariant 1 (別添5 1(3)キ): plan adoption, re-plan, termination and suspension each need a held
 * 重層的支援会議 of that kind, attended by the municipality and the 多機関協働事業者, with the
 * decision recorded for this case.
 */
final class ConferenceGuard {

	private ConferenceGuard() {
	}

	static void check(DecisionType required, Optional<ConferenceDecision> found, UUID caseId) {
		String what = "「" + required.label() + "」には";
		ConferenceDecision d = found.orElseThrow(() -> new RuleViolation("CONFERENCE_DECISION_REQUIRED",
				what + "重層的支援会議で記録された決定が必要です"));
		if (!d.multiLayered()) {
			throw new RuleViolation("CONFERENCE_KIND", what + "重層的支援会議での決定が必要です（支援会議やケース会議では決められません）");
		}
		if (!d.held()) {
			throw new RuleViolation("CONFERENCE_NOT_HELD", what + "開催済みの重層的支援会議の決定が必要です（予定のままの会議では決められません）");
		}
		if (!d.caseId().equals(caseId)) {
			throw new RuleViolation("CONFERENCE_OTHER_CASE", "この決定は別の事例についてのものです");
		}
		if (d.type() != required) {
			throw new RuleViolation("CONFERENCE_DECISION_MISMATCH",
					what + "「" + required.label() + "」の決定が必要です（記録された決定は「" + d.type().label() + "」）");
		}
		if (!d.municipalityAttended()) {
			throw new RuleViolation("MUNICIPALITY_ABSENT", "市町村が出席していない重層的支援会議の決定は使えません（市町村は全ての重層的支援会議に参加します）");
		}
		if (!d.coordinatorAttended()) {
			throw new RuleViolation("COORDINATOR_ABSENT", "多機関協働事業者が出席していない重層的支援会議の決定は使えません");
		}
	}
}
