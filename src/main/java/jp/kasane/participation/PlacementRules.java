package jp.kasane.participation;

import java.time.LocalDate;
import java.util.List;

import jp.kasane.shared.RuleViolation;
import jp.kasane.shared.StateConflict;

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

	/**
	 * A period is paid once: a 謝礼 whose period overlaps one already recorded for the placement would pay
	 * the host twice for the same days (e.g. the same form sent twice).
	 */
	static void checkNotPaid(List<Honorarium> paid, LocalDate from, LocalDate to) {
		paid.stream()
			.filter(h -> !h.periodFrom().isAfter(to) && !from.isAfter(h.periodTo()))
			.findFirst()
			.ifPresent(h -> {
				throw new StateConflict("HONORARIUM_ALREADY_RECORDED", "この期間（" + h.periodFrom() + "〜" + h.periodTo()
						+ "）の謝礼はすでに記録されています");
			});
	}

	static StateConflict followUpClosed() {
		return new StateConflict("FOLLOW_UP_CLOSED", "このフォローアップはすでに記録済みか、取りやめになっています");
	}
}
