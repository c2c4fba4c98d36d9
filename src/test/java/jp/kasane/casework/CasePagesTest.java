package jp.kasane.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kasane.support.Api;
import jp.kasane.support.PageSession;
import jp.kasane.support.PageSession.Page;
import org.junit.jupiter.api.Test;

/** The case, plan and meeting pages through the real security filters, with Japanese refusals. */
class CasePagesTest extends CaseworkTestSupport {

	@Test
	void aCaseGoesFromReferralToAdoptedPlanThroughThePages() {
		Api hokatsuApi = api("hokatsu");
		String municipal = agencyOf("shiyakusho");
		String coordinator = agencyOf("kyodo");
		String hub = agencyOf("hokatsu");
		String person = register(hokatsuApi, "頁", "通子", "1948-03-03");
		consent(hokatsuApi, person, List.of(hub, coordinator));

		PageSession hokatsu = pages("hokatsu");
		assertThat(hokatsu.get("/people/" + person + "/cases").body()).contains("多機関協働へ紹介する");
		Page referred = hokatsu.postEncoded("/cases", "from=" + person + "&people=" + person + "&note="
				+ PageSession.enc("父の介護と息子のひきこもり"));
		assertThat(referred.status()).isEqualTo(302);
		String caseId = referred.location().substring(referred.location().lastIndexOf('/') + 1);

		PageSession kyodo = pages("kyodo");
		String casePage = kyodo.get("/cases/" + caseId).body();
		assertThat(casePage).contains("紹介受付").contains("次に必要なこと").contains("頁");
		kyodo.submit("/cases/" + caseId + "/transitions/accept-application", Map.of("version", "0"));
		kyodo.submit("/cases/" + caseId + "/transitions/start-assessment", Map.of("version", "1"));
		assertThat(kyodo.submit("/cases/" + caseId + "/transitions/start-planning", Map.of("version", "2")).body())
			.contains("プラン作成").contains("重層的支援会議");

		// A stale form is refused with a Japanese message, nothing changes.
		assertThat(kyodo.submit("/cases/" + caseId + "/transitions/start-planning", Map.of("version", "1")).body())
			.contains("他の人が先にこの事例を更新しました");

		kyodo.get("/cases/" + caseId + "/plans");
		Page saved = kyodo.post("/cases/" + caseId + "/plans", Map.of("personGoals", "週に一度は外に出たい", "policy",
				"本人のペースで", "roleAgency", hub, "role", "訪問", "monitoringDates", LocalDate.now().plusMonths(1).toString()));
		assertThat(saved.status()).isEqualTo(302);
		String plansPage = kyodo.get("/cases/" + caseId + "/plans").body();
		assertThat(plansPage).contains("第1版（作成中）").contains("週に一度は外に出たい");
		String planId = match(plansPage, "/plans/([0-9a-f-]{36})/adopt");
		assertThat(kyodo.submit("/plans/" + planId + "/adopt", Map.of("caseId", caseId, "caseVersion", "3", "rowVersion", "0"))
			.body()).contains("重層的支援会議で記録された決定が必要です").contains("第1版（作成中）");

		// The conference, through its pages.
		kyodo.get("/meetings");
		Page scheduled = kyodo.postEncoded("/meetings", "kind=MULTI_LAYERED&title=" + PageSession.enc("重層的支援会議（頁）")
				+ "&scheduledAt=" + LocalDateTime.now().withSecond(0).withNano(0) + "&invitedAgencies=" + municipal
				+ "&invitedAgencies=" + coordinator);
		String meetingId = scheduled.location().substring(scheduled.location().lastIndexOf('/') + 1);
		String meetingPage = kyodo.get("/meetings/" + meetingId + "?q=" + PageSession.enc("頁")).body();
		assertThat(meetingPage).contains("議題に加える").contains("頁");
		kyodo.post("/meetings/" + meetingId + "/agenda", Map.of("person", person, "caseId", caseId, "role", "A"));
		kyodo.postEncoded("/meetings/" + meetingId + "/hold", "heldOn=" + LocalDate.now() + "&attendedAgencies=" + municipal
				+ "&attendedAgencies=" + coordinator + "&minutes=" + PageSession.enc("プランを協議"));
		String held = kyodo.get("/meetings/" + meetingId).body();
		String item = match(held, "name=\"agendaItem\" value=\"([0-9a-f-]{36})\"");
		kyodo.post("/meetings/" + meetingId + "/decisions", Map.of("agendaItem", item, "type", "PLAN_ADOPTION", "text", "採用"));
		assertThat(kyodo.get("/meetings/" + meetingId).body()).contains("【プランの採用】採用");

		String decision = match(kyodo.get("/cases/" + caseId + "/plans").body(), "<option value=\"([0-9a-f-]{36})\">プランの採用");
		Page adopted = kyodo.post("/plans/" + planId + "/adopt", Map.of("caseId", caseId, "caseVersion", "3", "rowVersion", "0",
				"decisionId", decision));
		assertThat(adopted.status()).isEqualTo(302);
		assertThat(kyodo.get("/cases/" + caseId + "/plans").body()).contains("第1版（採用（実施中））");
		assertThat(kyodo.get("/cases/" + caseId).body()).contains("支援中（モニタリング）").contains("プラン採用");

		// Only the municipality sees the 支援決定 form; a caseworker's attempt through the API is refused.
		assertThat(kyodo.get("/cases/" + caseId).body()).doesNotContain("支援決定を記録する");
		PageSession city = pages("shiyakusho");
		assertThat(city.get("/cases/" + caseId).body()).contains("支援決定を記録する");
		assertThat(city.submit("/cases/" + caseId + "/support-decisions", Map.of("program", "OUTREACH", "reason", "訪問を続ける"))
			.body()).contains("支援決定を記録しました").contains("アウトリーチ等を通じた継続的支援事業");
	}

	@Test
	void aSupportConferenceOpensOnlyAfterThePledge() {
		String municipal = agencyOf("shiyakusho");
		String hub = agencyOf("hokatsu");
		PageSession city = pages("shiyakusho");
		city.get("/meetings");
		Page scheduled = city.postEncoded("/meetings", "kind=SUPPORT_CONFERENCE&title=" + PageSession.enc("支援会議（頁）")
				+ "&scheduledAt=" + LocalDateTime.now().withSecond(0).withNano(0) + "&invitedAgencies=" + municipal
				+ "&invitedAgencies=" + hub);
		String meetingId = scheduled.location().substring(scheduled.location().lastIndexOf('/') + 1);
		assertThat(city.get("/meetings/" + meetingId).body()).contains("守秘義務の誓約").contains("第106条の6");
		city.post("/meetings/" + meetingId + "/pledge", Map.of());
		assertThat(city.get("/meetings/" + meetingId).body()).contains("議題").doesNotContain("誓約に署名して開く");
		assertThat(pages("hokatsu").get("/meetings/" + meetingId).body()).contains("誓約に署名して開く");
		assertThat(pages("kodomo").get("/meetings/" + meetingId).status()).isEqualTo(404);
	}

	private static String match(String body, String regex) {
		Matcher m = Pattern.compile(regex).matcher(body);
		assertThat(m.find()).as(regex).isTrue();
		return m.group(1);
	}
}
