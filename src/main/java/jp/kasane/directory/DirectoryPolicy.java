package jp.kasane.directory;

import java.util.Optional;

import jp.kasane.organization.AgencyKind;
import jp.kasane.shared.Actor;
import jp.kasane.shared.Role;

/**
 * Who may do what with the directory (社会資源・居場所). Reading is for every staff role that works with
 * residents (it is not personal data). Maintaining — registering, changing and importing places — is
 * for municipal staff (市町村の担当課) and for the staff of a 地域づくり事業者, who gather the town's
 * resources. The address of a confidential place (DVシェルターなど) is seen, and confidential places are
 * created or changed, by municipal staff only.
 */
final class DirectoryPolicy {

	static final String MAINTAINERS = "社会資源の登録・変更・取り込みは、市町村の担当課と地域づくり事業者の職員だけができます";
	static final String CONFIDENTIAL_MUNICIPAL = "所在地を非公開にする場所（DVシェルターなど）は、市町村の担当課だけが登録・変更できます";

	private DirectoryPolicy() {
	}

	/** Why the actor may not maintain the directory, or empty if they may. */
	static Optional<String> maintainRefusal(Actor actor, AgencyKind agencyKind) {
		if (actor.has(Role.MUNICIPAL_STAFF)) {
			return Optional.empty();
		}
		if (agencyKind == AgencyKind.COMMUNITY_BUILDING && (actor.has(Role.CASEWORKER) || actor.has(Role.COORDINATOR))) {
			return Optional.empty();
		}
		return Optional.of(MAINTAINERS);
	}

	/** Whether the actor sees the address of a confidential place. */
	static boolean seesConfidentialAddress(Actor actor) {
		return actor.has(Role.MUNICIPAL_STAFF);
	}

	/** Why the actor may not create or change a confidential place, or empty if they may. */
	static Optional<String> confidentialRefusal(Actor actor) {
		return seesConfidentialAddress(actor) ? Optional.empty() : Optional.of(CONFIDENTIAL_MUNICIPAL);
	}
}
