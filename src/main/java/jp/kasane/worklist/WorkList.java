package jp.kasane.worklist;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.kasane.housing.HousingSupport;
import jp.kasane.intake.Referral;
import jp.kasane.meeting.MeetingView;
import jp.kasane.outreach.OutreachView;
import jp.kasane.participation.DueFollowUp;
import jp.kasane.plan.PlanManagement.MonitoringDue;

/** What is due for one user, as their start page shows it. */
public record WorkList(List<Referral> referralsToAnswer, List<Referral> referralsAwaitingAnswer, List<MeetingView> meetingsThisWeek,
		List<MeetingView> pledgesToSign, List<MonitoringDue> monitoring, List<UUID> quietCases, int quietDays,
		LocalDate today, List<OutreachView.Due> outreachDue, List<DueFollowUp> participationFollowUps,
		List<HousingSupport> housingDue) {

	public boolean empty() {
		return referralsToAnswer.isEmpty() && referralsAwaitingAnswer.isEmpty() && meetingsThisWeek.isEmpty()
				&& pledgesToSign.isEmpty() && monitoring.isEmpty() && quietCases.isEmpty() && outreachDue.isEmpty()
				&& participationFollowUps.isEmpty() && housingDue.isEmpty();
	}
}
