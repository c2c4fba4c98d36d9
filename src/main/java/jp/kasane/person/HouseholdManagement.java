package jp.kasane.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.kasane.audit.AuditAction;
import jp.kasane.audit.AuditEvent;
import jp.kasane.audit.AuditLog;
import jp.kasane.organization.Agency;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.HouseholdId;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.NotFoundException;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.StateConflict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households (世帯): forming them, members joining and leaving, and the whole-household view.
 * A user sees a household if they may see one of its members, and sees only those members.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
public class HouseholdManagement {

	private final Households households;
	private final People people;
	private final PersonAccess access;
	private final AuditLog audit;
	private final OrganizationManagement organization;
	private final JdbcClient jdbc;
	private final Clock clock;

	HouseholdManagement(Households households, People people, PersonAccess access, AuditLog audit,
			OrganizationManagement organization, JdbcClient jdbc, Clock clock) {
		this.households = households;
		this.people = people;
		this.access = access;
		this.audit = audit;
		this.organization = organization;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public HouseholdView view(HouseholdId id) {
		Actor actor = ActorContext.require();
		Household household = households.find(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("household", id.toString()));
		List<HouseholdView.Member> visible = new ArrayList<>();
		Set<PersonId> hidden = new LinkedHashSet<>();
		List<AuditEvent> reads = new ArrayList<>();
		for (Membership m : households.members(actor.tenantId(), id)) {
			var basis = access.basis(actor, m.person());
			if (basis.isPresent()) {
				visible.add(new HouseholdView.Member(people.find(actor.tenantId(), m.person()).orElseThrow(), m));
				reads.add(new AuditEvent(AuditAction.READ, "household", id.toString(), m.person(), basis.get()));
			}
			else if (m.current()) {
				hidden.add(m.person());
			}
		}
		if (visible.isEmpty()) {
			throw new NotFoundException("household", id.toString());
		}
		audit.recordAll(reads);
		return new HouseholdView(household, visible, hidden.size(), involved(actor, visible));
	}

	/** Households a person belongs or belonged to, for the person page (the caller has read the person). */
	@Transactional(readOnly = true)
	public List<Membership> membershipsOf(PersonId person) {
		Actor actor = ActorContext.require();
		if (access.basis(actor, person).isEmpty()) {
			throw new NotFoundException("person", person.toString());
		}
		return households.membershipsOf(actor.tenantId(), person);
	}

	/**
	 * Whether the household exists in the user's tenant and the user may see one of its members (the
	 * rule of {@link #view}); an answer without any personal data, so nothing to audit.
	 */
	@Transactional(readOnly = true)
	public boolean isVisible(HouseholdId id) {
		Actor actor = ActorContext.require();
		return households.find(actor.tenantId(), id).isPresent() && households.members(actor.tenantId(), id)
			.stream()
			.anyMatch(m -> access.basis(actor, m.person()).isPresent());
	}

	@Transactional(readOnly = true)
	public String label(HouseholdId id) {
		return households.find(ActorContext.require().tenantId(), id).map(Household::label).orElse("");
	}

	public HouseholdId create(HouseholdForm form) {
		Actor actor = ActorContext.require();
		PersonId first = visiblePerson(actor, form.firstMember(), "firstMember");
		Household household = new Household(HouseholdId.random(), actor.tenantId(), form.label().strip(),
				blankToNull(form.postalCode()), blankToNull(form.address()), 0);
		households.insert(household);
		join(actor, household.id(), first, form.relationship(), form.joinedOn(), "firstMember");
		return household.id();
	}

	public void addMember(HouseholdId id, MemberForm form) {
		Actor actor = ActorContext.require();
		view(id);
		PersonId person = visiblePerson(actor, form.person(), "person");
		join(actor, id, person, form.relationship(), form.joinedOn(), "person");
	}

	public void leave(HouseholdId id, UUID membershipId, LeaveForm form) {
		Actor actor = ActorContext.require();
		HouseholdView view = view(id);
		Membership membership = view.members().stream()
			.map(HouseholdView.Member::membership)
			.filter(m -> m.id().equals(membershipId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("membership", membershipId.toString()));
		if (!membership.current()) {
			throw alreadyLeft();
		}
		if (form.leftOn().isBefore(membership.joinedOn())) {
			throw new InvalidField("leftOn", "世帯を離れた日は、加わった日（" + membership.joinedOn() + "）以降にしてください");
		}
		notInFuture(form.leftOn(), "leftOn");
		// Conditional on "still a member": of two departures sent at once, the second finds none to record.
		if (households.leave(actor.tenantId(), membershipId, form.leftOn(), blankToNull(form.reason())) == 0) {
			throw alreadyLeft();
		}
		audit.record(new AuditEvent(AuditAction.UPDATE, "household", id.toString(), membership.person(),
				access.basis(actor, membership.person()).orElseThrow()));
	}

	private void join(Actor actor, HouseholdId household, PersonId person, Relationship relationship, LocalDate joinedOn,
			String field) {
		notInFuture(joinedOn, "joinedOn");
		if (households.currentMembershipOf(actor.tenantId(), person).isPresent()) {
			throw new InvalidField(field, "この人は別の世帯に属しています。先に元の世帯から離れる日を登録してください");
		}
		households.insert(actor.tenantId(),
				new Membership(UUID.randomUUID(), household, person, relationship, joinedOn, null, null));
		audit.record(new AuditEvent(AuditAction.UPDATE, "household", household.toString(), person,
				access.basis(actor, person).orElseThrow()));
	}

	private PersonId visiblePerson(Actor actor, UUID id, String field) {
		PersonId person = new PersonId(id);
		if (access.basis(actor, person).isEmpty()) {
			throw new InvalidField(field, "選んだ人が見つかりません");
		}
		return person;
	}

	private void notInFuture(LocalDate date, String field) {
		if (date.isAfter(LocalDate.now(clock))) {
			throw new InvalidField(field, "未来の日付は登録できません");
		}
	}

	private List<HouseholdView.Involvement> involved(Actor actor, List<HouseholdView.Member> visible) {
		if (visible.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = visible.stream().map(m -> m.person().id().value()).distinct().toList();
		List<HouseholdView.Involvement> result = new ArrayList<>();
		jdbc.sql("""
				SELECT agency_id, string_agg(DISTINCT reason, '・') AS reasons FROM person_access
				 WHERE tenant_id = :tenant AND person_id IN (:ids) GROUP BY agency_id""")
			.param("tenant", actor.tenantId().value())
			.param("ids", ids)
			.query((rs, n) -> {
				Agency agency = organization.agency(new AgencyId(rs.getObject("agency_id", UUID.class)));
				String reasons = rs.getString("reasons").replace("REGISTERED", "相談受付").replace("CONSENT", "本人同意")
					.replace("GRANTED", "つなぎ・会議");
				return new HouseholdView.Involvement(agency.name(), agency.fieldsLabel(), reasons);
			})
			.list()
			.forEach(result::add);
		return result;
	}

	private static StateConflict alreadyLeft() {
		return new StateConflict("MEMBERSHIP_ALREADY_ENDED", "この人はすでに世帯を離れた記録があります。画面を開き直してください");
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
