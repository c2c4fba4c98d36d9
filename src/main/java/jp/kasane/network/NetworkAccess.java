package jp.kasane.network;

import jp.kasane.organization.AgencyKind;
import jp.kasane.shared.Actor;
import jp.kasane.shared.Role;

/**
 * Who keeps the network records: municipal staff (市町村の担当課) and the staff of the 社会福祉協議会 and of a
 * 地域づくり事業者, who run the 連絡会等 and the 地域力強化 work (seed 004, 003). The records are
 * organisational — corporations, facilities, meetings, counts — with no resident in them, so every
 * signed-in user may read them.
 */
final class NetworkAccess {

	private NetworkAccess() {
	}

	static boolean mayMaintain(Actor actor, AgencyKind agencyKind) {
		if (actor.has(Role.MUNICIPAL_STAFF)) {
			return true;
		}
		return (actor.has(Role.CASEWORKER) || actor.has(Role.COORDINATOR))
				&& (agencyKind == AgencyKind.COMMUNITY_BUILDING || agencyKind == AgencyKind.SOCIAL_WELFARE_COUNCIL);
	}
}
