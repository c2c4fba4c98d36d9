package jp.kasane.community;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An event (イベント) belongs to a hub or a platform; its participants by generation are counts
 * (never negative) and are recorded once it has taken place: an event later than today has none yet.
 */
final class EventRules {

	private EventRules() {
	}

	static Optional<Refusal> refusal(CommunityForms.NewEvent form, LocalDate today) {
		if (form.hub() == null && form.platform() == null) {
			return Optional.of(Refusal.field("hub", "イベントを行う拠点かプラットフォームを選んでください"));
		}
		String[] fields = { "children", "youth", "workingAge", "seniors" };
		int[] counts = { n(form.children()), n(form.youth()), n(form.workingAge()), n(form.seniors()) };
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] < 0) {
				return Optional.of(Refusal.field(fields[i], "参加者数は0以上で入力してください"));
			}
		}
		int total = counts[0] + counts[1] + counts[2] + counts[3];
		if (total > 0 && form.heldOn() != null && form.heldOn().isAfter(today)) {
			return Optional.of(Refusal.field("heldOn", "参加者数は開催日の後に記録してください（予定のイベントは参加者0人で登録します）"));
		}
		return Optional.empty();
	}

	private static int n(Integer count) {
		return count == null ? 0 : count;
	}
}
