package jp.kasane.demo;

import java.util.List;
import java.util.Objects;

/**
 * A household (世帯) with its membership history; the head (世帯主) comes first.
 *
 * @param key     stable key, e.g. {@code "h001"}
 * @param address 住所 of the household
 * @param members current and former members (世帯員の履歴)
 */
public record DemoHousehold(String key, String address, List<DemoMember> members) {

	public DemoHousehold {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(address, "address");
		members = List.copyOf(members);
	}

	/** Members who have not left (現在の世帯員). */
	public List<DemoMember> currentMembers() {
		return members.stream().filter(DemoMember::current).toList();
	}
}
