package jp.kasane.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.kasane.casework.CaseForms;
import jp.kasane.casework.CaseManagement;
import jp.kasane.casework.DecisionType;
import jp.kasane.casework.SupportDecision;
import jp.kasane.consent.ConsentForm;
import jp.kasane.consent.ConsentManagement;
import jp.kasane.consent.ConsentMethod;
import jp.kasane.consent.ConsentPurpose;
import jp.kasane.intake.Channel;
import jp.kasane.intake.Consulter;
import jp.kasane.intake.IntakeForms;
import jp.kasane.intake.IntakeManagement;
import jp.kasane.intake.Outcome;
import jp.kasane.meeting.AgendaRole;
import jp.kasane.meeting.MeetingForms;
import jp.kasane.meeting.MeetingKind;
import jp.kasane.meeting.MeetingManagement;
import jp.kasane.participation.Menu;
import jp.kasane.participation.ParticipationForms;
import jp.kasane.participation.ParticipationManagement;
import jp.kasane.participation.PlacementStatus;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;

/**
 * A year of work in かさね市 for the dashboards (ダッシュボード): consultations spread over the last twelve months at
 * the agencies that registered each household and, for every third household, at a second agency of another field
 * (the 狭間), referrals (accepted, returned, waiting), 多機関協働 cases in each early state and one in 支援中 after a
 * held 重層的支援会議, and a held ケース会議. Deterministic: the same every run for the same day; stored through the
 * modules' public APIs as the staff who would record it.
 */
final class DemoYear {

	private static final Channel[] CHANNELS = { Channel.VISIT_TO_OFFICE, Channel.PHONE, Channel.HOME_VISIT, Channel.FROM_AGENCY,
			Channel.PHONE, Channel.FROM_WELFARE_COMMISSIONER, Channel.MAIL_OR_SNS, Channel.VISIT_TO_OFFICE };
	private static final List<List<String>> TAGS = List.of(List.of("DEMENTIA"), List.of("POVERTY", "EMPLOYMENT"),
			List.of("ISOLATION"), List.of("8050", "HIKIKOMORI"), List.of("DOUBLE_CARE"), List.of("HOUSING"),
			List.of("SCHOOL_REFUSAL", "YOUNG_CARER"), List.of("MENTAL_HEALTH"), List.of("MULTIPLE_DEBT", "POVERTY"),
			List.of("SELF_NEGLECT"), List.of("SUSPECTED_DISABILITY"), List.of());

	private DemoYear() {
	}

	/** What the year is stored with: the modules' APIs and the town as the loader stored it. */
	record Services(IntakeManagement intake, ConsentManagement consents, CaseManagement cases, MeetingManagement meetings,
			ParticipationManagement participation) {
	}

	static void store(Services s, TenantId tenant, DemoTown town, Map<String, PersonId> persons, Map<String, AgencyId> agencies,
			AgencyId municipal, AgencyId coordinator, LocalDate today) {
		Map<String, DemoPerson> byKey = new HashMap<>();
		town.people().forEach(p -> byKey.put(p.key(), p));
		List<PersonId> caseHeads = new ArrayList<>();
		Map<PersonId, AgencyId> caseHubs = new HashMap<>();
		int n = 0;
		for (DemoHousehold h : town.households()) {
			int i = n++;
			List<DemoMember> current = h.currentMembers();
			if (current.isEmpty()) {
				continue;
			}
			DemoPerson head = byKey.get(current.get(0).personKey());
			PersonId headId = persons.get(head.key());
			AgencyId hub = agencies.get(head.registeredByAgencyCode());
			SystemAuthentication.runAs(tenant, hub, Set.of(Role.CASEWORKER), () -> {
				for (int k = 0; k < 1 + i % 3; k++) {
					consult(s, headId, today.minusDays((i * 53L + k * 41L) % 330), i + k);
				}
			});
			if (i % 3 == 0 && current.size() >= 2) {
				DemoPerson other = byKey.get(current.get(1).personKey());
				PersonId otherId = persons.get(other.key());
				AgencyId second = agencies.get(secondAgency(other, head.registeredByAgencyCode(), today));
				LocalDate on = today.minusDays((i * 29L + 7) % 300);
				SystemAuthentication.runAs(tenant, hub, Set.of(Role.CASEWORKER), () -> s.consents().record(otherId,
						new ConsentForm(EnumSet.of(ConsentPurpose.INFORMATION_SHARING, ConsentPurpose.REFERRAL), Set.of(second.value()),
								false, ConsentMethod.WRITTEN, "デモ 担当者", on, null, null)));
				SystemAuthentication.runAs(tenant, second, Set.of(Role.CASEWORKER), () -> consult(s, otherId, on, i + 5));
			}
			if (i % 4 == 1) {
				String[] targets = { DemoAgencies.SELF_RELIANCE, DemoAgencies.OUTREACH, DemoAgencies.PARTICIPATION,
						DemoAgencies.CORE_DISABILITY, DemoAgencies.CHILD_FAMILY };
				String code = targets[(i / 4) % targets.length];
				if (code.equals(head.registeredByAgencyCode())) {
					code = DemoAgencies.SELF_RELIANCE.equals(code) ? DemoAgencies.OUTREACH : DemoAgencies.SELF_RELIANCE;
				}
				AgencyId to = agencies.get(code);
				UUID[] referral = new UUID[1];
				SystemAuthentication.runAs(tenant, hub, Set.of(Role.CASEWORKER), () -> {
					s.consents().record(headId, new ConsentForm(EnumSet.of(ConsentPurpose.REFERRAL), Set.of(to.value()), false,
							ConsentMethod.WRITTEN, "デモ 担当者", today.minusDays(2), null, null));
					referral[0] = s.intake().refer(headId, new IntakeForms.NewReferral(to.value(), null, "継続した支援をお願いします")).id();
				});
				int answer = (i / 4) % 4;
				if (answer != 3) {
					SystemAuthentication.runAs(tenant, to, Set.of(Role.CASEWORKER), () -> {
						if (answer == 2) {
							s.intake().act(referral[0], "return", new IntakeForms.ReferralAction(0, "当機関の対象ではないため"));
						}
						else {
							s.intake().act(referral[0], "accept", new IntakeForms.ReferralAction(0, null));
							if (answer == 1) {
								s.intake().act(referral[0], "start", new IntakeForms.ReferralAction(1, null));
							}
						}
					});
				}
			}
			// The loader gave every fourth household's head a consent naming the 多機関協働 centre.
			if (i % 4 == 0 && i > 0 && caseHeads.size() < 5) {
				caseHeads.add(headId);
				caseHubs.put(headId, hub);
			}
		}
		storeCases(s, tenant, caseHeads, caseHubs, municipal, coordinator, today);
	}

	private static void consult(Services s, PersonId person, LocalDate on, int i) {
		s.intake().record(person, new IntakeForms.NewConsultation(on, CHANNELS[i % CHANNELS.length],
				i % 5 == 0 ? Consulter.FAMILY : Consulter.SELF, null, TAGS.get(i % TAGS.size()), null, false,
				i % 7 == 0 ? Outcome.INFORMATION_ONLY : Outcome.CONTINUE_HERE));
	}

	/** The agency of the other field a second household member consults: by age, never the household's own. */
	private static String secondAgency(DemoPerson person, String own, LocalDate today) {
		int age = person.birthDate() == null ? 40 : Period.between(person.birthDate(), today).getYears();
		String code = age < 18 ? DemoAgencies.CHILD_FAMILY : age >= 65 ? DemoAgencies.HOKATSU_NORTH : DemoAgencies.SELF_RELIANCE;
		if (code.equals(own)) {
			code = DemoAgencies.CORE_DISABILITY;
		}
		return code;
	}

	/** Cases in 紹介受付, 相談受付, アセスメント, プラン作成 and one in 支援中 after a held 重層的支援会議. */
	private static void storeCases(Services s, TenantId tenant, List<PersonId> heads, Map<PersonId, AgencyId> hubs,
			AgencyId municipal, AgencyId coordinator, LocalDate today) {
		List<UUID> ids = new ArrayList<>();
		for (PersonId head : heads) {
			SystemAuthentication.runAs(tenant, hubs.get(head), Set.of(Role.CASEWORKER), () -> ids.add(s.cases().refer(
					new CaseForms.Referral(Set.of(head.value()), null, "複合的な課題があり、多機関での支援の検討をお願いします")).id()));
		}
		SystemAuthentication.runAs(tenant, coordinator, Set.of(Role.COORDINATOR), () -> {
			for (int k = 1; k < ids.size(); k++) {
				int version = s.cases().transition(ids.get(k), "accept-application", new CaseForms.Transition(0, null, null, null)).version();
				if (k >= 2) {
					version = s.cases().transition(ids.get(k), "start-assessment", new CaseForms.Transition(version, null, null, null)).version();
				}
				if (k >= 3) {
					s.cases().transition(ids.get(k), "start-planning", new CaseForms.Transition(version, null, null, "アセスメント完了"));
				}
			}
		});
		if (ids.size() < 5) {
			return;
		}
		storePlacements(s, tenant, ids, heads, municipal, today);
		UUID planned = ids.get(4);
		PersonId person = heads.get(4);
		Set<UUID> invited = Set.of(municipal.value(), coordinator.value(), hubs.get(person).value());
		SystemAuthentication.runAs(tenant, coordinator, Set.of(Role.COORDINATOR), () -> {
			UUID meeting = s.meetings().schedule(new MeetingForms.Schedule(MeetingKind.MULTI_LAYERED, "重層的支援会議（プランの協議）",
					today.atTime(9, 30), true, false, invited, null, null)).id();
			var view = s.meetings().addAgendaItem(meeting, new MeetingForms.AgendaItem(person.value(), planned, AgendaRole.A, "プラン案の協議"));
			s.meetings().addAgendaItem(meeting, new MeetingForms.AgendaItem(person.value(), planned, AgendaRole.C, "夜間の居場所が足りない"));
			UUID item = view.agenda().get(0).id();
			s.meetings().hold(meeting, new MeetingForms.Hold(today, invited, "プラン案を協議し、採用した", null));
			UUID decision = s.meetings().decide(meeting, new MeetingForms.Decision(item, DecisionType.PLAN_ADOPTION, "プランを採用する"));
			int version = s.cases().view(planned).version();
			s.cases().transition(planned, "adopt-plan", new CaseForms.Transition(version, decision, null, null));
			UUID review = s.meetings().schedule(new MeetingForms.Schedule(MeetingKind.CASE_CONFERENCE, "ケース会議（支援の振り返り）",
					today.atTime(15, 0), false, false, invited, null, null)).id();
			s.meetings().addAgendaItem(review, new MeetingForms.AgendaItem(person.value(), planned, AgendaRole.B, "支援の評価"));
			s.meetings().hold(review, new MeetingForms.Hold(today, invited, "支援の状況を共有した", null));
		});
	}

	/**
	 * 参加支援 for the people of the cases from 相談受付 on: the municipality's 支援決定 (an early start before the
	 * plan), a placement that began months ago and is in use; one ended after six weeks, one after a hundred days.
	 */
	private static void storePlacements(Services s, TenantId tenant, List<UUID> cases, List<PersonId> people, AgencyId municipal,
			LocalDate today) {
		SystemAuthentication.runAs(tenant, municipal, Set.of(Role.MUNICIPAL_STAFF), () -> {
			List<Menu> menus = s.participation().hosts().stream().flatMap(h -> h.menus().stream()).filter(Menu::active).toList();
			if (menus.isEmpty()) {
				return;
			}
			for (int k = 1; k < cases.size(); k++) {
				s.cases().decideSupport(cases.get(k), new CaseForms.Decision(SupportDecision.Program.PARTICIPATION, null,
						"社会とのつながりを取り戻す場が必要"));
				LocalDate start = today.minusDays(230 - k * 40L);
				UUID placement = s.participation().place(people.get(k),
						new ParticipationForms.PlacementForm(menus.get((k * 3) % menus.size()).id(), start)).id();
				s.participation().changeStatus(placement, new ParticipationForms.StatusChange(PlacementStatus.ACTIVE, start, 0));
				if (k == 1 || k == 2) {
					s.participation().end(placement, new ParticipationForms.EndForm(start.plusDays(k == 1 ? 45 : 100),
							k == 1 ? "体調を崩し、しばらく休むことにした" : "就労につながった", 1));
				}
			}
		});
	}
}
