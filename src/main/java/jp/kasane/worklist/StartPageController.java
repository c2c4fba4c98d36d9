package jp.kasane.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jp.kasane.casework.CaseManagement;
import jp.kasane.housing.HousingManagement;
import jp.kasane.intake.IntakeManagement;
import jp.kasane.intake.Referral;
import jp.kasane.intake.ReferralStatus;
import jp.kasane.meeting.MeetingKind;
import jp.kasane.meeting.MeetingManagement;
import jp.kasane.meeting.MeetingView;
import jp.kasane.outreach.OutreachManagement;
import jp.kasane.participation.ParticipationManagement;
import jp.kasane.plan.PlanManagement;
import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Each user's start page: what is due for them — referrals to answer, this week's conferences,
 * pledges to sign, monitoring dates and cases gone quiet — next to the role's own entry points.
 */
@Controller
class StartPageController {

	private final IntakeManagement intake;
	private final MeetingManagement meetings;
	private final PlanManagement plans;
	private final CaseManagement cases;
	private final OutreachManagement outreach;
	private final ParticipationManagement participation;
	private final HousingManagement housing;
	private final Clock clock;
	private final int quietDays;

	StartPageController(IntakeManagement intake, MeetingManagement meetings, PlanManagement plans, CaseManagement cases,
			OutreachManagement outreach, ParticipationManagement participation, HousingManagement housing, Clock clock,
			@Value("${kasane.worklist.no-contact-days:30}") int quietDays) {
		this.intake = intake;
		this.meetings = meetings;
		this.plans = plans;
		this.cases = cases;
		this.outreach = outreach;
		this.participation = participation;
		this.housing = housing;
		this.clock = clock;
		this.quietDays = quietDays;
	}

	@GetMapping("/")
	String home(Model model) {
		Actor actor = ActorContext.require();
		if (actor.mayReadResidents()) {
			model.addAttribute("work", workFor(actor));
		}
		return "home";
	}

	private WorkList workFor(Actor actor) {
		LocalDate today = LocalDate.now(clock);
		UUID agency = actor.agencyId().value();
		List<Referral> referrals = intake.myReferrals();
		List<MeetingView> mine = meetings.mine();
		ZoneId zone = clock.getZone();
		List<MeetingView> thisWeek = mine.stream()
			.filter(m -> "SCHEDULED".equals(m.status()))
			.filter(m -> {
				LocalDate day = m.scheduledAt().atZoneSameInstant(zone).toLocalDate();
				return !day.isBefore(today) && day.isBefore(today.plusDays(7));
			})
			.toList();
		List<MeetingView> pledges = mine.stream()
			.filter(m -> m.kind() == MeetingKind.SUPPORT_CONFERENCE && !"CANCELLED".equals(m.status()))
			.filter(m -> meetings.pledgeNeeded(m.id()))
			.toList();
		boolean caseTeam = actor.has(Role.COORDINATOR) || actor.has(Role.MUNICIPAL_STAFF);
		return new WorkList(
				referrals.stream().filter(r -> r.toAgency().equals(agency) && r.status() == ReferralStatus.REQUESTED).toList(),
				referrals.stream().filter(r -> r.fromAgency().equals(agency) && r.status() == ReferralStatus.REQUESTED).toList(),
				thisWeek, pledges, caseTeam ? plans.monitoringDue() : List.of(), caseTeam ? cases.quietCases(quietDays) : List.of(),
				quietDays, today, outreach.dueContacts(), participation.dueFollowUps(7),
				housing.dueSoon());
	}
}
