package jp.kasane.person;

import java.time.LocalDate;
import java.util.Map;

import jp.kasane.shared.Actor;
import jp.kasane.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rule of {@link PersonAccess#basis} as SQL, so that a list decides in the database whom it may show
 * (閲覧できる人): municipal staff see their whole tenant; coordinators and caseworkers see the people their agency
 * has a current reason to see ({@code person_access}); every other role sees no one. Every list that shows people,
 * in any module, builds its query with this one predicate; a property test holds it equal to {@code basis}.
 *
 * <p>The expressions take the SQL of a person id (a column, e.g. {@code p.id}) and use the named parameters
 * {@code :viewerTenant}, {@code :viewerAgency} and {@code :viewerToday}; {@link #bind} binds them.
 */
public final class PersonVisibility {

	private static final String REASON_ORDER = "CASE pa.reason WHEN 'REGISTERED' THEN 0 WHEN 'CONSENT' THEN 1 ELSE 2 END";

	private final Actor actor;
	private final LocalDate today;

	PersonVisibility(Actor actor, LocalDate today) {
		this.actor = actor;
		this.today = today;
	}

	/** A boolean SQL expression: whether the actor may see the person whose id is {@code personId}. */
	public String visible(String personId) {
		if (actor.has(Role.MUNICIPAL_STAFF)) {
			return "TRUE";
		}
		if (!actor.mayReadResidents()) {
			return "FALSE";
		}
		return "EXISTS (SELECT 1 FROM person_access pa WHERE " + current(personId) + ")";
	}

	/**
	 * A text SQL expression: the legal basis on which the actor sees the person (as {@link PersonAccess#basis}
	 * gives it, for the audit entry), or NULL where the actor may not see them.
	 */
	public String basis(String personId) {
		if (actor.has(Role.MUNICIPAL_STAFF)) {
			return "CAST('MUNICIPAL_ROLE' AS text)";
		}
		if (!actor.mayReadResidents()) {
			return "CAST(NULL AS text)";
		}
		return "(SELECT 'AGENCY_' || pa.reason || CASE WHEN pa.source_ref = '' THEN '' ELSE ':' || pa.source_ref END"
				+ " FROM person_access pa WHERE " + current(personId) + " ORDER BY " + REASON_ORDER + " LIMIT 1)";
	}

	/** The named parameters the expressions use. */
	public Map<String, Object> parameters() {
		return Map.of("viewerTenant", actor.tenantId().value(), "viewerAgency", actor.agencyId().value(), "viewerToday",
				today);
	}

	/** Binds {@link #parameters()} to a statement built with these expressions. */
	public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		parameters().forEach(statement::param);
		return statement;
	}

	private static String current(String personId) {
		return "pa.tenant_id = :viewerTenant AND pa.person_id = " + personId + " AND pa.agency_id = :viewerAgency"
				+ " AND (pa.valid_until IS NULL OR pa.valid_until >= CAST(:viewerToday AS date))";
	}
}
