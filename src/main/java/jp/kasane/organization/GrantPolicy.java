package jp.kasane.organization;

import java.util.Optional;

import jp.kasane.organization.RoleGrant.Status;
import jp.kasane.shared.Actor;
import jp.kasane.shared.Role;
import jp.kasane.shared.RuleViolation;
import jp.kasane.shared.UserId;

/**
 * 職務の分離 (separation of duties) for roles that read resident data ({@link Role#readsResidents()}): nobody grants
 * such a role to themselves; a system administrator proposes it, and it takes effect only when municipal staff of the
 * same tenant (市町村担当課) who are neither the proposer nor the grantee confirm it. Roles that read no resident data
 * (システム管理者, 監査担当) are given in one step. Each rule answers with its reason.
 */
final class GrantPolicy {

	static final String SELF_GRANT = "SELF_GRANT_FORBIDDEN";

	private GrantPolicy() {
	}

	/** Whether a role is given at once or only proposed. */
	static boolean needsConfirmation(Role role) {
		return role.readsResidents();
	}

	/** May {@code proposer} propose (or give) {@code role} to the account {@code grantee}? */
	static Optional<RuleViolation> mayPropose(Actor proposer, UserId grantee, Role role) {
		if (needsConfirmation(role) && proposer.userId().equals(grantee)) {
			return Optional.of(new RuleViolation(SELF_GRANT, "住民情報を閲覧できる役割（" + role.label()
					+ "）を自分自身に付与することはできません。別の管理者に依頼してください"));
		}
		return Optional.empty();
	}

	/** May {@code decider} confirm or reject {@code grant}? (Being municipal staff is checked by the method's role.) */
	static Optional<RuleViolation> mayDecide(Actor decider, RoleGrant grant) {
		if (grant.status() != Status.PENDING) {
			return Optional.of(new RuleViolation("GRANT_ALREADY_DECIDED", "この権限付与はすでに承認・却下・取り下げ済みです"));
		}
		if (decider.userId().equals(grant.user())) {
			return Optional.of(new RuleViolation(SELF_GRANT, "自分自身への権限付与を承認・却下することはできません。市町村担当課の別の職員が判断します"));
		}
		if (decider.userId().equals(grant.proposedBy())) {
			return Optional.of(new RuleViolation("OWN_PROPOSAL", "自分が提案した権限付与は、別の職員が承認・却下します"));
		}
		return Optional.empty();
	}
}
