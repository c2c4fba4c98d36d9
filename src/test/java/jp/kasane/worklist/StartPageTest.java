package jp.kasane.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jp.kasane.casework.CaseworkTestSupport;
import jp.kasane.support.Api;
import org.junit.jupiter.api.Test;

/** The start page lists what is due for the user: referrals, this week's meetings, pledges, monitoring, quiet cases. */
class StartPageTest extends CaseworkTestSupport {

	@Test
	void showsReferralsToAnswerAndMeetingsAndPledgesOfTheWeek() {
		Api hokatsu = api("hokatsu");
		String kodomoAgency = agencyOf("kodomo");
		String person = register(hokatsu, "予定", "確認", "1950-06-06");
		hokatsu.post("/api/v1/people/" + person + "/consents", Map.of("purposes", List.of("REFERRAL"), "agencies",
				List.of(kodomoAgency), "coversConference", false, "method", "ORAL", "obtainedByName", "担当", "obtainedOn",
				LocalDate.now().toString()));
		assertThat(hokatsu.post("/api/v1/people/" + person + "/referrals", Map.of("toAgency", kodomoAgency)).status()).isEqualTo(201);
		LocalDateTime at = LocalDateTime.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(2).withSecond(0).withNano(0);
		String meeting = api("shiyakusho").post("/api/v1/meetings", Map.of("kind", "SUPPORT_CONFERENCE", "title", "今週の支援会議",
				"scheduledAt", at.toString(), "invitedAgencies",
				List.of(agencyOf("hokatsu")))).json().path("id").asString();

		assertThat(pages("kodomo").get("/").body()).contains("やること").contains("返事を待っているつなぎ");
		String hokatsuHome = pages("hokatsu").get("/").body();
		assertThat(hokatsuHome).contains("つなぎ先の返事待ち").contains("今週の会議")
			.contains(at.format(java.time.format.DateTimeFormatter.ofPattern("M/d HH:mm")) + " 今週の支援会議")
			.contains("守秘義務の誓約が済んでいない支援会議");
		assertThat(pledgeSection(hokatsuHome)).contains("/meetings/" + meeting);
		hokatsu.post("/api/v1/meetings/" + meeting + "/pledge", Map.of());
		assertThat(pledgeSection(pages("hokatsu").get("/").body())).doesNotContain("/meetings/" + meeting);
		assertThat(pages("admin").get("/").body()).doesNotContain("やること");
	}

	/** The list under 「守秘義務の誓約が済んでいない支援会議」, or nothing when there is none. */
	private static String pledgeSection(String home) {
		int start = home.indexOf("守秘義務の誓約が済んでいない支援会議");
		return start < 0 ? "" : home.substring(start, home.indexOf("</ul>", start));
	}

	@Test
	void showsMonitoringDatesAndCasesWithoutRecentContactToTheCaseTeam() {
		Api kyodo = api("kyodo");
		String municipal = agencyOf("shiyakusho");
		String coordinator = agencyOf("kyodo");
		String hub = agencyOf("hokatsu");
		CaseAt planning = caseInPlanning("見守", "予定");
		String caseId = planning.id();
		int version = planning.version();
		String person = personOf(caseId);
		String plan = kyodo.post("/api/v1/cases/" + caseId + "/plans", Map.of("personGoals", "目標", "policy", "方針",
				"monitoringDates", List.of(LocalDate.now().plusDays(3).toString()), "roles",
				List.of(Map.of("agency", hub, "role", "訪問")))).json().path("id").asString();
		String decision = heldDecision(kyodo, caseId, person, List.of(municipal, coordinator), List.of(municipal, coordinator),
				"PLAN_ADOPTION");
		kyodo.post("/api/v1/plans/" + plan + "/adopt", Map.of("decisionId", decision, "caseVersion", version));

		assertThat(pages("kyodo").get("/").body()).contains("モニタリング日").contains(LocalDate.now().plusDays(3).toString());
		assertThat(pages("kyodo").get("/").body()).doesNotContain("/cases/" + caseId + "\">事例を開く");

		owner.sql("UPDATE case_event SET at = now() - interval '60 days' WHERE case_id = ?::uuid").param(caseId).update();
		assertThat(pages("kyodo").get("/").body()).contains("日以上、記録や連絡のない事例").contains("/cases/" + caseId);
	}
}
