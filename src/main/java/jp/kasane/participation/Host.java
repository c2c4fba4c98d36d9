package jp.kasane.participation;

import java.util.List;
import java.util.UUID;

/** A host organisation (受け入れ先) with its menus. */
public record Host(UUID id, String name, HostKind kind, String contactName, String phone, String area, String address,
		String notes, int version, List<Menu> menus) {

	public String kindLabel() {
		return kind.label();
	}
}
