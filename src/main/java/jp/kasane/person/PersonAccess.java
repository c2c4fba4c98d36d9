package jp.kasane.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jp.kasane.shared.Actor;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see a person, and the extension point through which other modules (consent, referral,
 * conferences) give an agency a reason to see one, and take it back.
 */
@Service
@Transactional
public class PersonAccess {

	private final JdbcClient jdbc;
	private final Clock clock;

	PersonAccess(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Today in Japan, for callers binding {@code :viewerToday}. */
	LocalDate today() {
		return LocalDate.now(clock);
	}

	public void grant(TenantId tenant, PersonId person, AgencyId agency, AccessReason reason, String sourceRef) {
		grant(tenant, person, agency, reason, sourceRef, null);
	}

	/** Grants a reason that ends after {@code validUntil} (inclusive), e.g. a consent's 有効期限. */
	public void grant(TenantId tenant, PersonId person, AgencyId agency, AccessReason reason, String sourceRef,
			LocalDate validUntil) {
		jdbc.sql("""
				INSERT INTO person_access (tenant_id, person_id, agency_id, reason, source_ref, valid_until) VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(tenant.value(), person.value(), agency.value(), reason.name(), sourceRef, validUntil)
			.update();
	}

	public void revoke(TenantId tenant, PersonId person, AgencyId agency, AccessReason reason, String sourceRef) {
		jdbc.sql("DELETE FROM person_access WHERE tenant_id = ? AND person_id = ? AND agency_id = ? AND reason = ? AND source_ref = ?")
			.params(tenant.value(), person.value(), agency.value(), reason.name(), sourceRef)
			.update();
	}

	/** Revokes every grant that came from one source (e.g. a withdrawn consent). */
	public void revokeAll(TenantId tenant, PersonId person, AccessReason reason, String sourceRef) {
		jdbc.sql("DELETE FROM person_access WHERE tenant_id = ? AND person_id = ? AND reason = ? AND source_ref = ?")
			.params(tenant.value(), person.value(), reason.name(), sourceRef)
			.update();
	}

	/**
	 * The basis on which the actor may see the person, or empty. Municipal staff see their whole
	 * tenant; coordinators and caseworkers see whom their agency has a reason to see; others none.
	 */
	@Transactional(readOnly = true)
	public Optional<String> basis(Actor actor, PersonId person) {
		if (actor.has(Role.MUNICIPAL_STAFF)) {
			boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM person WHERE tenant_id = ? AND id = ?)")
				.params(actor.tenantId().value(), person.value())
				.query(Boolean.class)
				.single();
			return exists ? Optional.of("MUNICIPAL_ROLE") : Optional.empty();
		}
		if (!actor.mayReadResidents()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT reason || CASE WHEN source_ref = '' THEN '' ELSE ':' || source_ref END FROM person_access
				 WHERE tenant_id = ? AND person_id = ? AND agency_id = ? AND (valid_until IS NULL OR valid_until >= ?)
				 ORDER BY CASE reason WHEN 'REGISTERED' THEN 0 WHEN 'CONSENT' THEN 1 ELSE 2 END LIMIT 1""")
			.params(actor.tenantId().value(), person.value(), actor.agencyId().value(), LocalDate.now(clock))
			.query(String.class)
			.optional()
			.map(reason -> "AGENCY_" + reason);
	}

	/**
	 * SQL predicate on alias {@code p} restricting people to those the actor may see; the caller
	 * binds {@code :viewerAgency} to the actor's agency and {@code :viewerToday} to today.
	 */
	static String visibleTo(Actor actor) {
		if (actor.has(Role.MUNICIPAL_STAFF)) {
			return "TRUE";
		}
		if (!actor.mayReadResidents()) {
			return "FALSE";
		}
		return "EXISTS (SELECT 1 FROM person_access pa WHERE pa.tenant_id = p.tenant_id AND pa.person_id = p.id AND pa.agency_id = :viewerAgency"
				+ " AND (pa.valid_until IS NULL OR pa.valid_until >= CAST(:viewerToday AS date)))";
	}

	static boolean isMunicipal(Actor actor) {
		return actor.has(Role.MUNICIPAL_STAFF);
	}
}
