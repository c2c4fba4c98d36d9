package jp.kasane.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.kasane.casework.CaseForms;
import jp.kasane.casework.CaseManagement;
import jp.kasane.consent.ConsentForm;
import jp.kasane.consent.ConsentManagement;
import jp.kasane.consent.ConsentMethod;
import jp.kasane.consent.ConsentPurpose;
import jp.kasane.directory.DirectoryManagement;
import jp.kasane.intake.Channel;
import jp.kasane.intake.Consulter;
import jp.kasane.intake.IntakeForms;
import jp.kasane.intake.IntakeManagement;
import jp.kasane.intake.Outcome;
import jp.kasane.meeting.AgendaRole;
import jp.kasane.meeting.MeetingForms;
import jp.kasane.meeting.MeetingKind;
import jp.kasane.meeting.MeetingManagement;
import jp.kasane.organization.AgencyForm;
import jp.kasane.organization.AgencyKind;
import jp.kasane.organization.HubType;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.organization.TenantKind;
import jp.kasane.organization.UserForm;
import jp.kasane.participation.ParticipationManagement;
import jp.kasane.person.HouseholdForm;
import jp.kasane.person.HouseholdManagement;
import jp.kasane.person.LeaveForm;
import jp.kasane.person.MemberForm;
import jp.kasane.person.PersonForm;
import jp.kasane.person.PersonManagement;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.HouseholdId;
import jp.kasane.shared.MunicipalityCode;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the demo town through the modules' own APIs. Runs only when
 * {@code kasane.demo.enabled=true} and the town is not there yet.
 */
@Component
public class DemoTownLoader {

	/** Password of every demo account (listed in the README). */
	public static final String DEMO_PASSWORD = "kasane-demo-2026";

	private static final Logger log = LoggerFactory.getLogger(DemoTownLoader.class);

	private final OrganizationManagement organization;
	private final PersonManagement people;
	private final HouseholdManagement households;
	private final ConsentManagement consents;
	private final IntakeManagement intake;
	private final CaseManagement cases;
	private final MeetingManagement meetings;
	private final DirectoryManagement directory;
	private final DemoOutreach outreach;
	private final DemoCommunity community;
	private final ParticipationManagement participation;
	private final DemoHousing housing;
	private final DemoNetwork network;
	private final DemoProgramFacts programFacts;
	private final JdbcClient jdbc;
	private final Clock clock;

	DemoTownLoader(OrganizationManagement organization, PersonManagement people, HouseholdManagement households,
			ConsentManagement consents, IntakeManagement intake, CaseManagement cases, MeetingManagement meetings,
			DirectoryManagement directory, DemoOutreach outreach, DemoCommunity community,
			ParticipationManagement participation, DemoHousing housing, DemoNetwork network, JdbcClient jdbc, Clock clock,
			DemoProgramFacts programFacts) {
		this.programFacts = programFacts;
		this.organization = organization;
		this.people = people;
		this.households = households;
		this.consents = consents;
		this.intake = intake;
		this.cases = cases;
		this.meetings = meetings;
		this.directory = directory;
		this.outreach = outreach;
		this.community = community;
		this.participation = participation;
		this.housing = housing;
		this.network = network;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether the demo town exists already. */
	public boolean loaded() {
		return jdbc.sql("SELECT * FROM find_tenant_by_code(?)").param(DemoTownGenerator.MUNICIPALITY_CODE)
			.query(UUID.class).optional().isPresent();
	}

	/** Generates and stores the town in one transaction; returns its tenant. */
	public TenantId load(int householdCount) {
		long started = System.nanoTime();
		DemoTown town = DemoTownGenerator.generate(20261123L, householdCount, LocalDate.now(clock));
		// Each step runs in its own transaction under the actor doing it, because a connection takes
		// its tenant (row-level security) from the actor at the moment it is borrowed.
		TenantId tenant = organization.provisionTenant(TenantKind.MUNICIPALITY,
				town.prefectureName() + town.municipalityName(), MunicipalityCode.parse(town.municipalityCode()));
		store(tenant, town);
		log.info("Demo town loaded: {} agencies, {} staff, {} people, {} households in {} ms", town.agencies().size(),
				town.staff().size(), town.people().size(), town.households().size(), (System.nanoTime() - started) / 1_000_000);
		return tenant;
	}

	private void store(TenantId tenant, DemoTown town) {
		Map<String, AgencyId> agencies = new HashMap<>();
		AgencyId[] first = new AgencyId[1];
		// Hubs of 基本型/統合型 first: a 地域型 hub needs one to exist (別添3 3(3)).
		List<DemoAgency> ordered = town.agencies().stream()
			.sorted((a, b) -> Boolean.compare(a.hubType() == HubType.COMMUNITY, b.hubType() == HubType.COMMUNITY))
			.toList();
		SystemAuthentication.runAs(tenant, new AgencyId(new UUID(0, 0)), Set.of(Role.SYSTEM_ADMIN), () -> {
			for (DemoAgency a : ordered) {
				var agency = organization.createAgency(new AgencyForm(a.name(), a.kind(), a.fields(), a.hubType(),
						a.contracted(), a.contractorName(), a.address(), a.phone(), true, null));
				agencies.put(a.code(), agency.id());
				if (a.kind() == AgencyKind.MUNICIPAL_DEPARTMENT) {
					first[0] = agency.id();
				}
			}
			for (DemoStaff s : town.staff()) {
				organization.provisionUser(new UserForm(s.username(), s.displayName(), agencies.get(s.agencyCode()).value(),
						EnumSet.of(Role.valueOf(s.role())), DEMO_PASSWORD, true, null));
			}
		});
		Map<String, PersonId> persons = new HashMap<>();
		for (DemoPerson p : town.people()) {
			AgencyId agency = agencies.get(p.registeredByAgencyCode());
			SystemAuthentication.runAs(tenant, agency, Set.of(Role.CASEWORKER), () -> persons.put(p.key(),
					people.register(new PersonForm(p.familyName(), p.givenName(), p.familyKana(), p.givenKana(),
							p.birthDate() == null ? "" : p.birthDate().toString(), p.sex(), p.postalCode(), p.address(),
							p.phone(), p.safeContactNote(), true, null)).id()));
		}
		AgencyId municipal = first[0];
		AgencyId coordinator = agencies.values().stream().filter(id -> isKind(town, agencies, id, AgencyKind.MULTI_AGENCY_COLLABORATION))
			.findFirst().orElse(municipal);
		storeHouseholds(tenant, town, persons, municipal, coordinator, agencies);
		storeDemoCase(tenant, town, agencies, persons, municipal, coordinator);
		DemoDirectory.store(directory, tenant, municipal);
		outreach.store(tenant, agencies.get(DemoAgencies.OUTREACH), LocalDate.now(clock));
		community.store(tenant, agencies.getOrDefault(DemoAgencies.COMMUNITY_BUILDING, municipal), coordinator);
		DemoParticipation.store(participation, tenant, municipal);
		housing.store(tenant, municipal);
		network.store(tenant, municipal, agencies.getOrDefault(DemoAgencies.COMMUNITY_BUILDING, municipal));
		DemoYear.store(new DemoYear.Services(intake, consents, cases, meetings, participation), tenant, town, persons, agencies, municipal,
				coordinator, LocalDate.now(clock));
		programFacts.store(tenant, municipal);
	}

	private void storeHouseholds(TenantId tenant, DemoTown town, Map<String, PersonId> persons, AgencyId municipal,
			AgencyId coordinator, Map<String, AgencyId> agencies) {
		SystemAuthentication.runAs(tenant, municipal, Set.of(Role.MUNICIPAL_STAFF), () -> {
			int n = 0;
			for (DemoHousehold h : town.households()) {
				DemoMember head = h.members().get(0);
				DemoPerson headPerson = town.people().stream().filter(p -> p.key().equals(head.personKey())).findFirst().orElseThrow();
				HouseholdId household = households.create(new HouseholdForm(headPerson.familyName() + "世帯",
						headPerson.postalCode(), h.address(), persons.get(head.personKey()).value(), head.relationship(),
						head.joinedOn()));
				for (DemoMember m : h.members().subList(1, h.members().size())) {
					households.addMember(household, new MemberForm(persons.get(m.personKey()).value(), m.relationship(), m.joinedOn()));
					if (m.leftOn() != null) {
						households.leave(household, currentMembership(tenant, household, persons.get(m.personKey())),
								new LeaveForm(m.leftOn(), "転出"));
					}
				}
				// Every fourth household has agreed to 多機関協働 and to discussion at the 重層的支援会議.
				if (n++ % 4 == 0) {
					consents.record(persons.get(head.personKey()), new ConsentForm(
							EnumSet.of(ConsentPurpose.INFORMATION_SHARING, ConsentPurpose.MULTI_AGENCY_COLLABORATION),
							Set.of(coordinator.value(), agencies.get(headPerson.registeredByAgencyCode()).value()), true,
							ConsentMethod.WRITTEN, "デモ 担当者", LocalDate.now(clock).minusMonths(3), null, null));
				}
			}
		});
	}

	/**
	 * One 8050 household already in 多機関協働 (プラン作成), a 重層的支援会議 on it in three days and a 支援会議
	 * next week, so that the demo's start pages, case and meeting pages have something to show.
	 */
	private void storeDemoCase(TenantId tenant, DemoTown town, Map<String, AgencyId> agencies, Map<String, PersonId> persons,
			AgencyId municipal, AgencyId coordinator) {
		LocalDate today = LocalDate.now(clock);
		Map<String, DemoPerson> byKey = new HashMap<>();
		town.people().forEach(p -> byKey.put(p.key(), p));
		DemoHousehold household = town.households().stream()
			.filter(h -> h.currentMembers().size() == 2 && age(byKey.get(h.members().get(0).personKey()), today) >= 75
					&& h.currentMembers().stream().anyMatch(m -> m.relationship() == jp.kasane.person.Relationship.CHILD
							&& age(byKey.get(m.personKey()), today) >= 45))
			.findFirst()
			.orElse(null);
		if (household == null) {
			return;
		}
		DemoPerson parent = byKey.get(household.members().get(0).personKey());
		DemoMember childMember = household.currentMembers().stream()
			.filter(m -> m.relationship() == jp.kasane.person.Relationship.CHILD).findFirst().orElseThrow();
		PersonId parentId = persons.get(parent.key());
		PersonId child = persons.get(childMember.personKey());
		AgencyId hub = agencies.get(parent.registeredByAgencyCode());
		ConsentForm consent = new ConsentForm(EnumSet.of(ConsentPurpose.INFORMATION_SHARING,
				ConsentPurpose.MULTI_AGENCY_COLLABORATION), Set.of(coordinator.value(), hub.value()), true, ConsentMethod.WRITTEN,
				"デモ 担当者", today.minusDays(14), null, "8050世帯として多機関協働を利用");
		UUID[] caseId = new UUID[1];
		SystemAuthentication.runAs(tenant, hub, Set.of(Role.CASEWORKER), () -> {
			consents.record(parentId, consent);
			consents.record(child, consent);
			intake.record(parentId, new IntakeForms.NewConsultation(today.minusDays(20), Channel.VISIT_TO_OFFICE, Consulter.SELF,
					null, List.of("8050", "HIKIKOMORI", "ISOLATION"), "介護の相談の中で、同居の息子が長く外出していないと話があった", false,
					Outcome.REQUEST_MULTI_AGENCY));
			caseId[0] = cases.refer(new CaseForms.Referral(Set.of(parentId.value(), child.value()), null,
					"8050：親の介護と、子の長期のひきこもり")).id();
		});
		SystemAuthentication.runAs(tenant, coordinator, Set.of(Role.COORDINATOR), () -> {
			int version = cases.transition(caseId[0], "accept-application", new CaseForms.Transition(0, null, null, null)).version();
			version = cases.transition(caseId[0], "start-assessment", new CaseForms.Transition(version, null, null, null)).version();
			cases.transition(caseId[0], "start-planning", new CaseForms.Transition(version, null, null, "アセスメント完了"));
			UUID meeting = meetings.schedule(new MeetingForms.Schedule(MeetingKind.MULTI_LAYERED, "重層的支援会議（定例）",
					today.plusDays(3).atTime(14, 0), true, false, Set.of(municipal.value(), coordinator.value(), hub.value()), null,
					null)).id();
			meetings.addAgendaItem(meeting, new MeetingForms.AgendaItem(child.value(), caseId[0], AgendaRole.A, "プラン案の協議"));
		});
		SystemAuthentication.runAs(tenant, municipal, Set.of(Role.MUNICIPAL_STAFF), () -> meetings.schedule(
				new MeetingForms.Schedule(MeetingKind.SUPPORT_CONFERENCE, "支援会議（月例）", today.plusDays(7).atTime(10, 0), true, false,
						Set.of(municipal.value(), coordinator.value(), hub.value()), null, null)));
	}

	private static int age(DemoPerson person, LocalDate today) {
		return person == null || person.birthDate() == null ? -1 : java.time.Period.between(person.birthDate(), today).getYears();
	}

	private UUID currentMembership(TenantId tenant, HouseholdId household, PersonId person) {
		return jdbc.sql("SELECT id FROM household_member WHERE tenant_id = ? AND household_id = ? AND person_id = ? AND left_on IS NULL")
			.params(tenant.value(), household.value(), person.value())
			.query(UUID.class)
			.single();
	}

	private static boolean isKind(DemoTown town, Map<String, AgencyId> ids, AgencyId id, AgencyKind kind) {
		return town.agencies().stream().anyMatch(a -> a.kind() == kind && ids.get(a.code()).equals(id));
	}
}
