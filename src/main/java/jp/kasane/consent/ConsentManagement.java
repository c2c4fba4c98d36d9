package jp.kasane.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.kasane.audit.AuditAction;
import jp.kasane.audit.AuditEvent;
import jp.kasane.audit.AuditLog;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.person.AccessReason;
import jp.kasane.person.PersonAccess;
import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.NotFoundException;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.StateConflict;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent module's API: record and withdraw a person's consent, and answer
 * {@link #mayShare}. A consent naming an agency lets that agency see the person; withdrawal takes
 * that away at once (invariant 4).
 */
@Service
@Transactional
public class ConsentManagement {

	private final Consents consents;
	private final PersonAccess access;
	private final OrganizationManagement organization;
	private final AuditLog audit;
	private final Clock clock;

	ConsentManagement(Consents consents, PersonAccess access, OrganizationManagement organization,
			AuditLog audit, Clock clock) {
		this.consents = consents;
		this.access = access;
		this.organization = organization;
		this.audit = audit;
		this.clock = clock;
	}

	/** Consents of a person the user may see, newest first. */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public List<Consent> consentsOf(PersonId person) {
		Actor actor = ActorContext.require();
		String basis = basis(actor, person);
		List<Consent> list = consents.of(actor.tenantId(), person);
		audit.record(new AuditEvent(AuditAction.READ, "consent", person.toString(), person, basis));
		return list;
	}

	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public Consent record(PersonId person, ConsentForm form) {
		Actor actor = ActorContext.require();
		String basis = basis(actor, person);
		LocalDate today = LocalDate.now(clock);
		if (form.obtainedOn().isAfter(today)) {
			throw new InvalidField("obtainedOn", "同意を得た日に未来の日付は入力できません");
		}
		if (form.validUntil() != null && form.validUntil().isBefore(form.obtainedOn())) {
			throw new InvalidField("validUntil", "有効期限は同意を得た日以降にしてください");
		}
		Set<AgencyId> agencies = form.agencies().stream().map(AgencyId::new).collect(Collectors.toSet());
		for (AgencyId agency : agencies) {
			if (organization.agencyName(agency).isEmpty()) {
				throw new InvalidField("agencies", "共有先に選んだ機関が見つかりません");
			}
		}
		Consent consent = new Consent(UUID.randomUUID(), person, form.purposes(), agencies, form.coversConference(),
				form.method(), actor.userId(), form.obtainedByName().strip(), actor.agencyId(), form.obtainedOn(),
				form.validUntil(), blankToNull(form.note()), null, null);
		consents.insert(actor.tenantId(), consent);
		if (consent.inForceOn(today)) {
			agencies.forEach(a -> access.grant(actor.tenantId(), person, a, AccessReason.CONSENT, consent.id().toString(),
					consent.validUntil()));
		}
		audit.record(new AuditEvent(AuditAction.CREATE, "consent", consent.id().toString(), person, basis));
		return consent;
	}

	/** Withdrawal stops further sharing at once: the agencies it named lose that reason to see the person. */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public Consent withdraw(PersonId person, UUID consentId, WithdrawalForm form) {
		Actor actor = ActorContext.require();
		String basis = basis(actor, person);
		Consent consent = consents.find(actor.tenantId(), consentId)
			.filter(c -> c.person().equals(person))
			.orElseThrow(() -> new NotFoundException("consent", consentId.toString()));
		if (consent.withdrawn()) {
			throw alreadyWithdrawn();
		}
		if (form.withdrawnOn().isBefore(consent.obtainedOn()) || form.withdrawnOn().isAfter(LocalDate.now(clock))) {
			throw new InvalidField("withdrawnOn", "撤回の日は同意を得た日から今日までの日付にしてください");
		}
		// Conditional on "not withdrawn": of two withdrawals sent at once, the second finds none to make.
		if (consents.withdraw(actor.tenantId(), consentId, form.withdrawnOn(), blankToNull(form.reason()), actor.userId()) == 0) {
			throw alreadyWithdrawn();
		}
		access.revokeAll(actor.tenantId(), person, AccessReason.CONSENT, consentId.toString());
		audit.record(new AuditEvent(AuditAction.WITHDRAW, "consent", consentId.toString(), person, basis));
		return consents.find(actor.tenantId(), consentId).orElseThrow();
	}

	/**
	 * May the person's information be shared with the recipient agency for the purpose? Answers
	 * with the reason either way. Reads consents only, so it needs no audit entry of its own.
	 */
	@Transactional(readOnly = true)
	public SharingDecision mayShare(PersonId person, AgencyId recipient, ConsentPurpose purpose) {
		Actor actor = ActorContext.require();
		return SharingPolicy.decide(consents.of(actor.tenantId(), person), recipient, purpose, LocalDate.now(clock));
	}

	/** May the person be discussed at a 重層的支援会議 (invariant 3)? */
	@Transactional(readOnly = true)
	public SharingDecision mayDiscussAtConference(PersonId person) {
		Actor actor = ActorContext.require();
		return SharingPolicy.decideConference(consents.of(actor.tenantId(), person), LocalDate.now(clock));
	}

	private static StateConflict alreadyWithdrawn() {
		return new StateConflict("ALREADY_WITHDRAWN", "この同意はすでに撤回されています");
	}

	private String basis(Actor actor, PersonId person) {
		return access.basis(actor, person).orElseThrow(() -> new NotFoundException("person", person.toString()));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
