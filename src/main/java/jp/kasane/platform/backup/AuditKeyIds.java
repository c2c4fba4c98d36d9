package jp.kasane.platform.backup;

import java.util.Arrays;
import java.util.List;

/**
 * The key ids in an audit key source ({@code kasane.audit.key-file} or {@code KASANE_AUDIT_KEYS}): lines
 * {@code keyId=base64key}. Only the ids are read here, never kept with the key material.
 */
final class AuditKeyIds {

	private AuditKeyIds() {
	}

	static List<String> in(String keys) {
		return Arrays.stream(keys.split("[\\r\\n,;]+"))
			.map(String::strip)
			.filter(line -> !line.isEmpty() && !line.startsWith("#") && line.indexOf('=') > 0)
			.map(line -> line.substring(0, line.indexOf('=')).strip())
			.distinct()
			.toList();
	}
}
