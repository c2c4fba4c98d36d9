package jp.kasane.participation;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A menu of a host with how many people currently take its places ({@code placed}: 体験, 利用中 and
 * 定着), so whether it is full is computed, never stored.
 */
public record Menu(UUID id, UUID hostId, String hostName, MenuKind kind, String title, String tasks, String conditions,
		boolean shortHours, boolean transport, boolean remote, Set<DayOfWeek> days, String hours, String area, int capacity,
		int placed, Set<Interest> interests, UUID placeId, boolean active, int version) {

	public Menu {
		days = Set.copyOf(days);
		interests = Set.copyOf(interests);
	}

	public boolean full() {
		return placed >= capacity;
	}

	public int free() {
		return Math.max(0, capacity - placed);
	}

	public String kindLabel() {
		return kind.label();
	}

	public String daysText() {
		return Weekdays.text(days);
	}

	public String interestsText() {
		return Interest.labels(interests);
	}

	/** The condition flags in words, e.g. 「短時間可・送迎あり」. */
	public List<String> flagLabels() {
		List<String> flags = new java.util.ArrayList<>();
		if (shortHours) {
			flags.add("短時間可");
		}
		flags.add(transport ? "送迎あり" : "送迎なし");
		if (remote) {
			flags.add("在宅でできる");
		}
		return flags;
	}
}
