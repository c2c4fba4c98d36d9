package jp.kasane.dashboard;

import java.util.Optional;

import jp.kasane.shared.Actor;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Role;

/**
 * Whose work the dashboards count for a user (表示範囲), a small policy with its reason.
 *
 * <ul>
 * <li>市町村担当課 (MUNICIPAL_STAFF) and 多機関協働コーディネーター (COORDINATOR): the whole town (市全体).</li>
 * <li>相談支援員 (CASEWORKER): their own agency's work (自機関の分) — consultations the agency received, referrals
 * from or to it, cases it referred or leads, conferences it was invited to, outreach records it holds, and
 * placements, consultations and households of people the agency may see. 地域課題 are town-wide for everyone:
 * they are the register every resident-facing role reads and name no one.</li>
 * <li>監査担当, システム管理者: no dashboards (they see no resident work).</li>
 * </ul>
 *
 * @param agency the agency whose work is counted, or empty for the whole town
 * @param label what the page says about the range shown
 */
record DashboardScope(Optional<AgencyId> agency, String label) {

	/** The scope for the actor, or empty when the actor may not see dashboards (with the reason in the caller's message). */
	static Optional<DashboardScope> of(Actor actor, String agencyName) {
		if (actor.has(Role.MUNICIPAL_STAFF) || actor.has(Role.COORDINATOR)) {
			return Optional.of(new DashboardScope(Optional.empty(), "市全体"));
		}
		if (actor.has(Role.CASEWORKER)) {
			return Optional.of(new DashboardScope(Optional.of(actor.agencyId()), agencyName + "の分（自機関が受けた相談・関わった事例など）"));
		}
		return Optional.empty();
	}

	boolean townWide() {
		return agency.isEmpty();
	}
}
