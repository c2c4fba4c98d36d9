package jp.kasane.participation;

import java.time.LocalDate;

import jp.kasane.shared.RuleViolation;

/** The rules of a placement's stages, capacity and 謝礼, each with the reason it gives. */
final class PlacementRules {

	private PlacementRules() {
	}

	/** 体験, 利用中 and 定着 follow the order of {@link PlacementStatus#next()}; 終了 has its own step. */
	static void checkMove(PlacementStatus from, PlacementStatus to) {
		if (to == PlacementStatus.ENDED) {
			throw new RuleViolation("PLACEMENT_INVALID_TRANSITION", "終了は「終了する」から理由を添えて記録してください");
		}
		if (!from.next().contains(to)) {
			throw new RuleViolation("PLACEMENT_INVALID_TRANSITION",
					"「" + from.label() + "」から「" + to.label() + "」には進めません");
		}
	}

	/** A person takes a place only if the menu has one free (a full menu refuses 体験 and 利用中). */
	static void checkCapacity(Menu menu) {
		if (menu.full()) {
			throw new RuleViolation("MENU_FULL", "「" + menu.title() + "」は定員（" + menu.capacity() + "人）に達しています");
		}
	}

	/**
	 * 謝礼 (実費相当) only to a host that has actually hosted the person: the placement is 利用中 or 定着,
	 * or has ended after being 利用中 (3(3)イ(ウ)).
	 */
	static boolean honorariumAllowed(PlacementStatus status, LocalDate activeSince) {
		return status == PlacementStatus.ACTIVE || status == PlacementStatus.SETTLED
				|| (status == PlacementStatus.ENDED && activeSince != null);
	}

	static void checkHonorarium(PlacementStatus status, LocalDate activeSince) {
		if (!honorariumAllowed(status, activeSince)) {
			throw new RuleViolation("HONORARIUM_NOT_ALLOWED",
					"謝礼は、本人を受け入れている（利用中・定着）か、受け入れを終えた受け入れ先にだけ記録できます");
		}
	}
}
