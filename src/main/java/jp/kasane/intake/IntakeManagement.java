package jp.kasane.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kasane.audit.AuditAction;
import jp.kasane.audit.AuditEvent;
import jp.kasane.audit.AuditLog;
import jp.kasane.consent.ConsentManagement;
import jp.kasane.consent.ConsentPurpose;
import jp.kasane.consent.SharingDecision;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.person.PersonAccess;
import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.HouseholdId;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.NotFoundException;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.RuleViolation;
import jp.kasane.shared.UnknownReference;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake module's API (包括的相談支援): any agency records a consultation about any resident it
 * may see, and refers them on to another agency when the person's consent allows it.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
public class IntakeManagement {

	static final String SENSITIVE_MASK = "（機微な内容のため、記録した機関だけが閲覧できます）";

	private final IntakeRecords records;
	private final PersonAccess access;
	private final jp.kasane.person.HouseholdManagement households;
	private final ConsentManagement consents;
	private final OrganizationManagement organization;
	private final AuditLog audit;
	private final Clock clock;

	IntakeManagement(IntakeRecords records, PersonAccess access, jp.kasane.person.HouseholdManagement households,
			ConsentManagement consents, OrganizationManagement organization, AuditLog audit, Clock clock) {
		this.records = records;
		this.access = access;
		this.households = households;
		this.consents = consents;
		this.organization = organization;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Map<String, String> tags() {
		return records.tags();
	}

	public Consultation record(PersonId person, IntakeForms.NewConsultation form) {
		Actor actor = ActorContext.require();
		String basis = basis(actor, person);
		if (form.receivedOn().isAfter(LocalDate.now(clock))) {
			throw new InvalidField("receivedOn", "相談日に未来の日付は入力できません");
		}
		Map<String, String> taxonomy = records.tags();
		for (String tag : form.tags()) {
			if (!taxonomy.containsKey(tag)) {
				throw new InvalidField("tags", "課題「" + tag + "」は分類にありません");
			}
		}
		if (form.household() != null && !households.isVisible(new HouseholdId(form.household()))) {
			throw new UnknownReference("UNKNOWN_HOUSEHOLD", "household", "世帯が見つからないか、閲覧する権限がありません");
		}
		// The consultation belongs to the household the person lives in, unless the form names another.
		UUID household = form.household() != null ? form.household()
				: households.membershipsOf(person).stream().filter(m -> m.current()).map(m -> m.household().value())
					.findFirst().orElse(null);
		Consultation c = new Consultation(UUID.randomUUID(), actor.agencyId().value(), form.receivedOn(), form.channel(),
				form.consulter(), person.value(), household, form.tags(), blankToNull(form.notes()), form.sensitive(),
				form.outcome());
		records.insert(actor.tenantId(), c, actor.userId().value());
		audit.record(new AuditEvent(AuditAction.CREATE, "consultation", c.id().toString(), person, basis));
		return c;
	}

	/** A person's consultations at every agency; sensitive notes only for the agency that wrote them. */
	public List<Consultation> consultationsOf(PersonId person) {
		Actor actor = ActorContext.require();
		String basis = basis(actor, person);
		List<Consultation> list = records.consultationsOf(actor.tenantId(), person.value()).stream()
			.map(c -> c.sensitive() && !c.agency().equals(actor.agencyId().value()) ? masked(c) : c)
			.toList();
		audit.record(new AuditEvent(AuditAction.READ, "consultation", person.toString(), person, basis));
		return list;
	}

	/** A person's referrals (つなぎ) between any agencies, for a user who may see the person; audited as a read. */
	public List<Referral> referralsOf(PersonId person) {
		Actor actor = ActorContext.require();
		String basis = basis(actor, person);
		List<Referral> list = records.referralsAbout(actor.tenantId(), person.value());
		audit.record(new AuditEvent(AuditAction.READ, "referral", person.toString(), person, basis));
		return list;
	}

	/** つなぎ: allowed only when the person's consent covers referral to that agency. */
	public Referral refer(PersonId person, IntakeForms.NewReferral form) {
		Actor actor = ActorContext.require();
		String basis = basis(actor, person);
		AgencyId to = new AgencyId(form.toAgency());
		if (organization.agencyName(to).isEmpty()) {
			throw new InvalidField("toAgency", "つなぎ先の機関が見つかりません");
		}
		if (to.equals(actor.agencyId())) {
			throw new InvalidField("toAgency", "自機関へのつなぎはできません");
		}
		if (form.consultation() != null && records.consultationsOf(actor.tenantId(), person.value()).stream()
			.noneMatch(c -> c.id().equals(form.consultation()))) {
			throw new UnknownReference("UNKNOWN_CONSULTATION", "consultation", "この人の相談記録が見つかりません");
		}
		SharingDecision consent = consents.mayShare(person, to, ConsentPurpose.REFERRAL);
		if (!(consent instanceof SharingDecision.Allowed allowed)) {
			throw new RuleViolation("CONSENT_REQUIRED", "つなぎには本人の同意が必要です（" + consent.reason() + "）");
		}
		Referral referral = new Referral(UUID.randomUUID(), form.consultation(), person.value(), actor.agencyId().value(),
				to.value(), ReferralStatus.REQUESTED, blankToNull(form.note()), null, allowed.consentId(),
				LocalDate.now(clock), 0);
		records.insert(actor.tenantId(), referral);
		audit.record(new AuditEvent(AuditAction.CREATE, "referral", referral.id().toString(), person, basis));
		return referral;
	}

	/**
	 * つなぎもどし: when a 多機関協働 case closes, the person goes back to the lead agency as a referral the
	 * agency answers like any other — where the person's consent covers sharing with that agency.
	 */
	public java.util.Optional<Referral> returnAfterClosure(PersonId person, AgencyId lead, String note) {
		Actor actor = ActorContext.require();
		if (lead.equals(actor.agencyId())) {
			return java.util.Optional.empty();
		}
		for (ConsentPurpose purpose : List.of(ConsentPurpose.REFERRAL, ConsentPurpose.MULTI_AGENCY_COLLABORATION,
				ConsentPurpose.INFORMATION_SHARING)) {
			if (consents.mayShare(person, lead, purpose) instanceof SharingDecision.Allowed allowed) {
				Referral referral = new Referral(UUID.randomUUID(), null, person.value(), actor.agencyId().value(), lead.value(),
						ReferralStatus.REQUESTED, "つなぎもどし（多機関協働の終結）：" + note, null, allowed.consentId(),
						LocalDate.now(clock), 0);
				records.insert(actor.tenantId(), referral);
				audit.record(new AuditEvent(AuditAction.CREATE, "referral", referral.id().toString(), person,
						"CONSENT:" + allowed.consentId()));
				return java.util.Optional.of(referral);
			}
		}
		return java.util.Optional.empty();
	}

	/** Referrals to and from the user's agency. */
	@Transactional(readOnly = true)
	public List<Referral> myReferrals() {
		Actor actor = ActorContext.require();
		return records.referralsOf(actor.tenantId(), actor.agencyId().value());
	}

	/** The receiving agency answers: accept, return (with reason), start, complete. */
	public Referral act(UUID referralId, String action, IntakeForms.ReferralAction form) {
		Actor actor = ActorContext.require();
		Referral referral = records.referral(actor.tenantId(), referralId)
			.filter(r -> r.toAgency().equals(actor.agencyId().value()) || r.fromAgency().equals(actor.agencyId().value()))
			.orElseThrow(() -> new NotFoundException("referral", referralId.toString()));
		if (!referral.toAgency().equals(actor.agencyId().value())) {
			throw new RuleViolation("REFERRAL_RECEIVER_ONLY", "つなぎ先の機関だけが受理・差戻し・対応状況を記録できます");
		}
		if (form.version() != referral.version()) {
			throw new org.springframework.dao.OptimisticLockingFailureException("referral " + referralId + " changed");
		}
		ReferralStatus next = referral.next(action, form.reason());
		records.update(actor.tenantId(), referralId, next, "return".equals(action) ? form.reason().strip() : null,
				referral.version());
		audit.record(new AuditEvent(AuditAction.UPDATE, "referral", referralId.toString(), new PersonId(referral.person()),
				access.basis(actor, new PersonId(referral.person())).orElse("REFERRAL_RECEIVER")));
		return records.referral(actor.tenantId(), referralId).orElseThrow();
	}

	private String basis(Actor actor, PersonId person) {
		return access.basis(actor, person).orElseThrow(() -> new NotFoundException("person", person.toString()));
	}

	private static Consultation masked(Consultation c) {
		return new Consultation(c.id(), c.agency(), c.receivedOn(), c.channel(), c.consulter(), c.person(), c.household(),
				c.tags(), SENSITIVE_MASK, true, c.outcome());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
