package jp.kasane.consent;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer of {@code mayShare}: allowed on a stated basis, or denied with the reason. */
public sealed interface SharingDecision {

	String reason();

	boolean allowed();

	record Allowed(String reason, UUID consentId) implements SharingDecision {
		@Override
		@JsonProperty("allowed")
		public boolean allowed() {
			return true;
		}
	}

	record Denied(String reason) implements SharingDecision {
		@Override
		@JsonProperty("allowed")
		public boolean allowed() {
			return false;
		}
	}
}
