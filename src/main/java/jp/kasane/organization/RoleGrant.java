package jp.kasane.organization;

import java.time.Instant;
import java.util.UUID;

import jp.kasane.shared.Role;
import jp.kasane.shared.UserId;

/**
 * A proposed grant of a resident-reading role (閲覧権限の付与申請) and its decision. It takes effect only when
 * {@link Status#CONFIRMED} by someone who is neither its proposer nor its grantee.
 */
record RoleGrant(UUID id, UserId user, Role role, Status status, UserId proposedBy, Instant proposedAt, UserId decidedBy,
		Instant decidedAt) {

	enum Status {
		/** 承認待ち */
		PENDING,
		/** 承認 */
		CONFIRMED,
		/** 却下 */
		REJECTED,
		/** 提案者が取り下げた（アカウントの編集で役割を外した） */
		WITHDRAWN
	}
}
