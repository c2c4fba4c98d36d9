package jp.kasane.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
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
	 * The rule itself is {@link PersonVisibility}, which lists use in their SQL.
	 */
	@Transactional(readOnly = true)
	public Optional<String> basis(Actor actor, PersonId person) {
		if (!actor.mayReadResidents()) {
			return Optional.empty();
		}
		PersonVisibility rule = visibility(actor);
		return rule.bind(jdbc.sql("SELECT " + rule.basis("p.id") + " FROM person p WHERE p.tenant_id = :viewerTenant AND p.id = :person"))
			.param("person", person.value())
			.query(String.class)
			.list()
			.stream()
			.filter(Objects::nonNull)
			.findFirst();
	}

	/** The same rule as {@link #basis}, as SQL for a list query (see {@link PersonVisibility}). */
	public PersonVisibility visibility(Actor actor) {
		return new PersonVisibility(actor, LocalDate.now(clock));
	}
}
