package jp.kasane.community;

import jp.kasane.organization.AgencyKind;
import jp.kasane.shared.Actor;
import jp.kasane.shared.Role;

/**
 * Who keeps the 地域づくり records: municipal staff (市町村の担当課) and the staff of a 地域づくり事業者.
 * Everyone who works with residents (municipal staff, 多機関協働 coordinators, 相談支援員) reads them;
 * administrators and auditors do not. The records hold no resident's name; the cases linked to a
 * 地域課題 are shown only to users who may open them.
 */
final class CommunityAccess {

	private CommunityAccess() {
	}

	static boolean mayRead(Actor actor) {
		return actor.has(Role.MUNICIPAL_STAFF) || actor.has(Role.COORDINATOR) || actor.has(Role.CASEWORKER);
	}

	static boolean mayMaintain(Actor actor, AgencyKind agencyKind) {
		if (actor.has(Role.MUNICIPAL_STAFF)) {
			return true;
		}
		return (actor.has(Role.CASEWORKER) || actor.has(Role.COORDINATOR)) && agencyKind == AgencyKind.COMMUNITY_BUILDING;
	}
}
