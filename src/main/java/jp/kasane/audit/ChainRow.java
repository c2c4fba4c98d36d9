package jp.kasane.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An audit entry exactly as stored, with its action as text, so that verification can recompute the
 * MAC of any row a database administrator may have written (even one no enum value matches).
 */
record ChainRow(long seq, Instant at, UUID userId, String username, UUID agencyId, String action, String recordType,
		String recordId, UUID personId, String basis, String prevHash, String hash, String keyId) {

	/** The entry's fields in a fixed order, separated by a character no field contains. */
	String canonicalFields(UUID tenant) {
		return String.join("\u001f", tenant.toString(), Long.toString(seq), at.toString(), String.valueOf(userId),
				username, String.valueOf(agencyId), action, recordType, recordId, String.valueOf(personId), basis);
	}

	boolean legacy() {
		return keyId == null;
	}

	static ChainRow map(ResultSet rs, int row) throws SQLException {
		return new ChainRow(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
				rs.getObject("user_id", UUID.class), rs.getString("username"), rs.getObject("agency_id", UUID.class),
				rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
				rs.getObject("person_id", UUID.class), rs.getString("basis"), rs.getString("prev_hash"),
				rs.getString("hash"), rs.getString("key_id"));
	}
}
