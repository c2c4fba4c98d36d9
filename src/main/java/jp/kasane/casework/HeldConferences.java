package jp.kasane.casework;

import java.util.Optional;
import java.util.UUID;

/**
 * How a case looks up a conference decision. Implemented by the meeting module, so that casework
 * does not depend on meetings while meetings put cases on their agenda.
 */
public interface HeldConferences {

	Optional<ConferenceDecision> decision(UUID decisionId);

	/** Every typed decision recorded about the case, for choosing one on the case page. */
	java.util.List<ConferenceDecision> decisionsFor(UUID caseId);
}
