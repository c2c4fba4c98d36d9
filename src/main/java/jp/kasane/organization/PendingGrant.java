package jp.kasane.organization;

import java.time.OffsetDateTime;
import java.util.UUID;

import jp.kasane.shared.Role;

/**
 * A grant waiting for a second person's decision, as the confirmer sees it: who would get which role, proposed by
 * whom and when. Staff names only; no resident data.
 */
public record PendingGrant(UUID id, UUID userId, String username, String displayName, Role role, String roleLabel,
		UUID proposedBy, String proposedByUsername, OffsetDateTime proposedAt) {
}
