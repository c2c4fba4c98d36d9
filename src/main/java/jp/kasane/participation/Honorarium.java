package jp.kasane.participation;

import java.time.LocalDate;
import java.util.UUID;

/** 謝礼 (実費相当分) paid to the host of a placement for a period (3(3)イ(ウ)). */
public record Honorarium(UUID id, UUID placementId, UUID hostId, int amountYen, LocalDate periodFrom, LocalDate periodTo,
		String basis, LocalDate recordedOn) {

	/** The amount as pages show it, e.g. 「3,000円」. */
	public String amountText() {
		return String.format("%,d円", amountYen);
	}
}
