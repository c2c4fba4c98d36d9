package jp.kasane.intake;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.kasane.shared.RuleViolation;

/**
 * A referral (つなぎ) from one agency to another, with the consent that allowed it, moving
 * 依頼 → 受理 or 差戻し (with reason) → 対応中 → 完了.
 */
public record Referral(UUID id, UUID consultation, UUID person, UUID fromAgency, UUID toAgency, ReferralStatus status,
		String requestNote, String returnReason, UUID consent, LocalDate requestedOn, int version) {

	/** The next status, if the rules allow it from the current one. */
	ReferralStatus next(String action, String reason) {
		return switch (action) {
			case "accept" -> from(EnumSet.of(ReferralStatus.REQUESTED), ReferralStatus.ACCEPTED, "受理");
			case "return" -> {
				if (reason == null || reason.isBlank()) {
					throw new RuleViolation("RETURN_REASON_REQUIRED", "差戻しには理由が必要です");
				}
				yield from(EnumSet.of(ReferralStatus.REQUESTED), ReferralStatus.RETURNED, "差戻し");
			}
			case "start" -> from(EnumSet.of(ReferralStatus.ACCEPTED), ReferralStatus.IN_PROGRESS, "対応中");
			case "complete" -> from(EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS), ReferralStatus.COMPLETED, "完了");
			default -> throw new jp.kasane.shared.NotFoundException("referral action", action);
		};
	}

	private ReferralStatus from(Set<ReferralStatus> allowed, ReferralStatus to, String label) {
		if (!allowed.contains(status)) {
			throw new RuleViolation("REFERRAL_INVALID_TRANSITION", "「" + label + "」は" + String.join("・",
					allowed.stream().map(ReferralStatus::label).toList()) + "のつなぎにだけ行えます（現在：" + status.label() + "）");
		}
		return to;
	}
}
