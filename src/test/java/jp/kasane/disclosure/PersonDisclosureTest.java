package jp.kasane.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kasane.casework.CaseworkTestSupport;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import jp.kasane.support.PageSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The 開示請求 export: every part of a person's record for municipal staff, third parties and 支援会議
 * records kept out, the 受付番号 required, other roles refused, the PDF readable, every export audited.
 */
class PersonDisclosureTest extends CaseworkTestSupport {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	/** A person with a record in every module, a household member, and a 支援会議 about both. */
	record Subject(String person, String given, String member, String memberGiven, String memberKana, String caseId,
			String householdCase, String conference, String supportConference) {
	}

	@Test
	void theMunicipalityGetsEveryPartOfThePersonsRecordAndNothingOfTheHouseholdMember() {
		Subject s = subject();
		Api shiyakusho = api("shiyakusho");
		String reference = "R8-開示-" + uniqueKana();

		Response exported = shiyakusho.get("/api/v1/people/" + s.person() + "/disclosure?reference=" + PageSession.enc(reference));
		assertThat(exported.status()).as(exported.body()).isEqualTo(200);
		assertThat(exported.contentType()).startsWith("application/json");
		JsonNode d = exported.json();
		assertThat(d.path("format").asString()).isEqualTo("kasane.disclosure/1");
		assertThat(d.path("reference").asString()).isEqualTo(reference);
		assertThat(d.path("printedAt").asString()).contains("+09:00");
		assertThat(d.path("person").path("id").asString()).isEqualTo(s.person());
		assertThat(d.path("person").path("givenName").asString()).isEqualTo(s.given());

		JsonNode household = d.path("households").path(0);
		assertThat(household.path("relationship").asString()).isEqualTo("世帯主");
		assertThat(household.path("otherMembers").path(0).path("relationship").asString()).isEqualTo("子");
		assertThat(d.path("consents").path(0).path("purposes").size()).isEqualTo(4);
		assertThat(d.path("consents").path(0).path("coversConference").asBoolean()).isTrue();
		List<JsonNode> consultations = list(d.path("consultations"));
		assertThat(consultations).hasSize(2);
		assertThat(consultations).anySatisfy(c -> assertThat(c.path("notes").asString()).isEqualTo("父の介護と仕事の両立の相談"));
		assertThat(consultations).anySatisfy(c -> {
			assertThat(c.path("notesWithheld").asBoolean()).isTrue();
			assertThat(c.path("notes").isNull()).isTrue();
		});
		assertThat(d.path("referrals").path(0).path("requestNote").asString()).isEqualTo("子育ての相談につなぐ");

		List<JsonNode> cases = list(d.path("cases"));
		assertThat(cases).hasSize(2);
		JsonNode c = cases.stream().filter(x -> x.path("id").asString().equals(s.caseId())).findFirst().orElseThrow();
		assertThat(c.path("otherPeople").asInt()).isZero();
		assertThat(c.path("textWithheldReason").isNull()).isTrue();
		JsonNode shared = cases.stream().filter(x -> x.path("id").asString().equals(s.householdCase())).findFirst().orElseThrow();
		assertThat(shared.path("otherPeople").asInt()).isEqualTo(1);
		assertThat(shared.path("textWithheldReason").asString()).contains("本人以外");
		assertThat(shared.path("timeline").path(0).path("kind").asString()).isEqualTo("REFERRAL_RECEIVED");
		assertThat(shared.path("timeline").path(0).path("note").isNull()).isTrue();
		assertThat(list(c.path("timeline"))).extracting(e -> e.path("kind").asString()).contains("REFERRAL_RECEIVED", "PLANNING_STARTED");
		assertThat(c.path("supportDecisions").path(0).path("program").asString()).isEqualTo("参加支援事業");
		assertThat(c.path("plans").path(0).path("personGoals").asString()).isEqualTo("週に一度は外に出る");
		assertThat(c.path("plans").path(0).path("roles").path(0).path("role").asString()).isEqualTo("見守り");
		assertThat(c.path("housing").path(0).path("supportCorporation").asString()).isEqualTo("NPO法人すまい支援かさね");
		assertThat(c.path("housing").path(0).path("followUps").path(0).path("note").asString()).isEqualTo("部屋は片付いている");

		List<JsonNode> meetings = list(d.path("meetings"));
		assertThat(meetings).anySatisfy(m -> {
			assertThat(m.path("id").asString()).isEqualTo(s.conference());
			assertThat(m.path("withheld").asBoolean()).isFalse();
			assertThat(m.path("minutes").asString()).isEqualTo("協議した");
			assertThat(m.path("agenda").path(0).path("decisions").path(0).asString()).contains("PLAN_ADOPTION");
		});
		assertThat(meetings).anySatisfy(m -> {
			assertThat(m.path("id").asString()).isEqualTo(s.supportConference());
			assertThat(m.path("withheld").asBoolean()).as("the municipal user has not signed the pledge").isTrue();
			assertThat(m.path("title").isNull()).isTrue();
			assertThat(m.path("withheldReason").asString()).contains("社会福祉法第106条の6").contains("不開示");
		});
		assertThat(list(d.path("withheld"))).extracting(w -> w.path("code").asString())
			.contains("SUPPORT_CONFERENCE_CONFIDENTIAL", "SENSITIVE_NOTE", "THIRD_PARTY");

		assertThat(d.path("outreach").path(0).path("source").asString()).isEqualTo("相談から");
		assertThat(d.path("outreach").path(0).path("notes").path(0).path("text").asString()).isEqualTo("夜は電話に出ない");
		JsonNode placement = d.path("participation").path("placements").path(0);
		assertThat(placement.path("menu").asString()).isEqualTo("ヤギの散歩");
		assertThat(d.path("participation").path("needsNotes").asString()).isEqualTo("午前中なら出られる");
		assertThat(list(d.path("rules"))).isNotEmpty();

		assertThat(exported.body()).as("the household member is named nowhere").doesNotContain(s.member())
			.doesNotContain(s.memberGiven()).doesNotContain(s.memberKana()).doesNotContain("機微な家庭の事情")
			.doesNotContain("支援会議で共有した次郎さんの事情");

		// The export is audited with the request's reference; so is nothing else under that basis.
		JsonNode entries = api("kansa").get("/api/v1/audit/entries?person=" + s.person()).json();
		assertThat(list(entries)).filteredOn(e -> e.path("action").asString().equals("EXPORT"))
			.extracting(e -> e.path("basis").asString() + " " + e.path("recordType").asString())
			.containsExactly(DisclosureManagement.DISCLOSURE_BASIS + reference + " disclosure:json");
	}

	@Test
	void aPledgedMunicipalMemberGetsTheSupportConferenceButOnlyTheirOwnItemAndNotMinutesAboutOthers() {
		Subject s = subject();
		Api shiyakusho = api("shiyakusho");
		assertThat(shiyakusho.post("/api/v1/meetings/" + s.supportConference() + "/pledge", Map.of()).status()).isEqualTo(200);
		Response exported = shiyakusho.get("/api/v1/people/" + s.person() + "/disclosure.json?reference=R8-2");
		assertThat(exported.status()).as(exported.body()).isEqualTo(200);
		JsonNode conference = list(exported.json().path("meetings")).stream()
			.filter(m -> m.path("id").asString().equals(s.supportConference())).findFirst().orElseThrow();
		assertThat(conference.path("withheld").asBoolean()).isFalse();
		assertThat(conference.path("agenda").size()).as("only the person's own item").isEqualTo(1);
		assertThat(conference.path("agenda").path(0).path("note").asString()).isEqualTo("本人の状況");
		assertThat(conference.path("minutes").isNull()).as("the minutes also concern the member").isTrue();
		assertThat(conference.path("withheldReason").asString()).contains("本人以外");
		assertThat(list(exported.json().path("withheld"))).extracting(w -> w.path("code").asString())
			.doesNotContain("SUPPORT_CONFERENCE_CONFIDENTIAL").contains("THIRD_PARTY");
		assertThat(exported.body()).doesNotContain(s.member()).doesNotContain(s.memberGiven())
			.doesNotContain("支援会議で共有した次郎さんの事情");
	}

	@Test
	void onlyMunicipalStaffMayExportAndOnlyPeopleOfTheirTenant() {
		Api hokatsu = api("hokatsu");
		String person = register(hokatsu, "開示", "拒否", "1970-01-01");
		consent(hokatsu, person, List.of(agencyOf("hokatsu"), agencyOf("kyodo")));
		String path = "/api/v1/people/" + person + "/disclosure?reference=R8-1";
		for (String user : List.of("hokatsu", "kyodo", "kansa", "admin")) {
			Response refused = api(user).get(path);
			assertThat(refused.status()).as(user).isEqualTo(403);
			assertThat(refused.contentType()).startsWith("application/problem+json");
		}
		assertThat(api("hokatsu").getBytes("/api/v1/people/" + person + "/disclosure.pdf?reference=R8-1").status()).isEqualTo(403);
		assertThat(api("shiyakusho").get("/api/v1/people/" + java.util.UUID.randomUUID() + "/disclosure?reference=R8-1").status())
			.isEqualTo(404);
		assertThat(owner.sql("SELECT count(*) FROM audit_entry WHERE person_id = ?::uuid AND action = 'EXPORT'").param(person)
			.query(Integer.class).single()).as("a refused export leaves no export entry").isZero();

		PageSession caseworker = pages("hokatsu");
		assertThat(caseworker.get("/people/" + person).body()).doesNotContain("disclosure-export");
		assertThat(caseworker.get("/people/" + person + "/disclosure").status()).isEqualTo(403);
		assertThat(pages("shiyakusho").get("/people/" + person).body()).contains("disclosure-export")
			.contains("/people/" + person + "/disclosure");
	}

	@Test
	void theReferenceIsRequiredAndCheckedBeforeAnythingIsRead() {
		Api hokatsu = api("hokatsu");
		String person = register(hokatsu, "開示", "番号", "1970-01-01");
		Api shiyakusho = api("shiyakusho");
		Map<String, String> bad = Map.of("", "開示請求の受付番号を入力してください", "?reference=", "開示請求の受付番号を入力してください",
				"?reference=%E3%80%80", "開示請求の受付番号を入力してください", "?reference=" + "A".repeat(41), "40文字以内",
				"?reference=R8%201", "ハイフン", "?reference=%3Cscript%3E", "ハイフン");
		bad.forEach((query, message) -> {
			Response response = shiyakusho.get("/api/v1/people/" + person + "/disclosure" + query);
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.json().path("errors").path(0).path("field").asString()).isEqualTo("reference");
			assertThat(response.json().path("errors").path(0).path("message").asString()).contains(message);
		});
		assertThat(shiyakusho.getBytes("/api/v1/people/" + person + "/disclosure.pdf").status()).isEqualTo(400);
		assertThat(shiyakusho.get("/api/v1/people/" + person + "/disclosure?reference=" + "A".repeat(40)).status()).isEqualTo(200);
		assertThat(shiyakusho.get("/api/v1/people/" + person + "/disclosure?reference=%EF%BC%B2%EF%BC%98-%E7%AC%AC12%E5%8F%B7").json()
			.path("reference").asString()).as("full-width letters are normalised").isEqualTo("R8-第12号");
		assertThat(owner.sql("SELECT count(*) FROM audit_entry WHERE person_id = ?::uuid AND action = 'EXPORT'").param(person)
			.query(Integer.class).single()).isEqualTo(2);

		PageSession page = pages("shiyakusho");
		assertThat(page.get("/people/" + person + "/disclosure").body()).contains("開示請求の受付番号");
		PageSession.Page missing = page.post("/people/" + person + "/disclosure", Map.of("reference", " ", "format", "pdf"));
		assertThat(missing.status()).isEqualTo(200);
		assertThat(missing.body()).contains("reference-error").contains("開示請求の受付番号を入力してください");
		PageSession.Page ok = page.post("/people/" + person + "/disclosure", Map.of("reference", "R8-開示-7", "format", "json"));
		assertThat(ok.status()).isEqualTo(302);
		assertThat(ok.location()).contains("/people/" + person + "/disclosure.json?reference=R8-");
	}

	@Test
	void thePdfIsAnA4CopyWithHeaderReferenceNameAndPageNumbers() throws IOException {
		Assumptions.assumeTrue(Files.isReadable(Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"))
				|| Files.isReadable(Path.of("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf")), "IPAex font not installed");
		Subject s = subject();
		String reference = "R8-PDF-" + uniqueKana();
		Api.Binary pdf = api("shiyakusho").getBytes("/api/v1/people/" + s.person() + "/disclosure.pdf?reference=" + PageSession.enc(reference));
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			int pages = document.getNumberOfPages();
			assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f, org.assertj.core.data.Offset.offset(0.5f));
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("開示請求に基づく写し").contains(reference).contains("開示").contains(s.given())
				.contains("1 / " + pages).contains(pages + " / " + pages).contains("不開示").contains("ヤギの散歩");
			assertThat(text).doesNotContain(s.memberGiven()).doesNotContain(s.memberKana());
		}
		JsonNode entries = api("kansa").get("/api/v1/audit/entries?person=" + s.person()).json();
		assertThat(list(entries)).anySatisfy(e -> {
			assertThat(e.path("action").asString()).isEqualTo("EXPORT");
			assertThat(e.path("recordType").asString()).isEqualTo("disclosure:pdf");
			assertThat(e.path("basis").asString()).isEqualTo(DisclosureManagement.DISCLOSURE_BASIS + reference);
		});
	}

	/**
	 * The person (head of a household with a child), consent to four purposes, a consultation and a
	 * sensitive one at another agency, a referral, a case in プラン作成 with a plan, a held 重層的支援会議, a
	 * 参加支援 placement, an outreach record, and a 支援会議 about the person and the child that the
	 * municipal user has not pledged for.
	 */
	private Subject subject() {
		Api hokatsu = api("hokatsu");
		Api kyodo = api("kyodo");
		Api shiyakusho = api("shiyakusho");
		Api sanka = api("sanka");
		String hub = agencyOf("hokatsu");
		String coordinator = agencyOf("kyodo");
		String municipal = agencyOf("shiyakusho");
		String kodomo = agencyOf("kodomo");
		LocalDate today = LocalDate.now(TOKYO);

		String given = "太" + uniqueKana();
		String person = register(hokatsu, "開示", given, "1968-02-03");
		String memberGiven = "次" + uniqueKana();
		Map<String, Object> memberForm = personForm("開示", memberGiven, "カイジ", uniqueKana(), "1996-07-08");
		memberForm.put("confirmedNotDuplicate", true);
		Response memberCreated = hokatsu.post("/api/v1/people", memberForm);
		assertThat(memberCreated.status()).as(memberCreated.body()).isEqualTo(201);
		String member = memberCreated.json().path("id").asString();
		String household = hokatsu.post("/api/v1/households", Map.of("label", "開示世帯", "firstMember", person, "relationship", "HEAD",
				"joinedOn", "1990-01-01")).json().path("household").path("id").asString();
		assertThat(hokatsu.post("/api/v1/households/" + household + "/members", Map.of("person", member, "relationship", "CHILD",
				"joinedOn", "1996-07-08")).status()).isLessThan(300);
		hokatsu.post("/api/v1/people/" + member + "/consultations", Map.of("receivedOn", today.toString(), "channel", "PHONE",
				"consulter", "SELF", "notes", "機微な家庭の事情", "outcome", "REQUEST_MULTI_AGENCY"));

		Response consent = hokatsu.post("/api/v1/people/" + person + "/consents", Map.of("purposes",
				List.of("INFORMATION_SHARING", "MULTI_AGENCY_COLLABORATION", "REFERRAL", "PARTICIPATION_SUPPORT"), "agencies",
				List.of(hub, coordinator, kodomo, agencyOf("sanka")), "coversConference", true, "method", "WRITTEN", "obtainedByName",
				"包括 担当", "obtainedOn", today.toString()));
		assertThat(consent.status()).as(consent.body()).isEqualTo(201);
		Response consulted = hokatsu.post("/api/v1/people/" + person + "/consultations", Map.of("receivedOn", today.toString(),
				"channel", "VISIT_TO_OFFICE", "consulter", "SELF", "notes", "父の介護と仕事の両立の相談", "outcome", "REQUEST_MULTI_AGENCY"));
		assertThat(consulted.status()).as(consulted.body()).isEqualTo(201);
		Response sensitive = api("kodomo").post("/api/v1/people/" + person + "/consultations", Map.of("receivedOn", today.toString(),
				"channel", "PHONE", "consulter", "FAMILY", "notes", "記録機関だけの内容", "sensitive", true, "outcome", "REQUEST_MULTI_AGENCY"));
		assertThat(sensitive.status()).as(sensitive.body()).isEqualTo(201);
		Response referred = hokatsu.post("/api/v1/people/" + person + "/referrals", Map.of("toAgency", kodomo, "note", "子育ての相談につなぐ"));
		assertThat(referred.status()).as(referred.body()).isEqualTo(201);

		String caseId = hokatsu.post("/api/v1/cases", Map.of("people", List.of(person))).json().path("id").asString();
		int version = move(kyodo, caseId, "accept-application", Map.of("version", 0));
		version = move(kyodo, caseId, "start-assessment", Map.of("version", version));
		move(kyodo, caseId, "start-planning", Map.of("version", version));
		Response plan = kyodo.post("/api/v1/cases/" + caseId + "/plans", Map.of("personGoals", "週に一度は外に出る", "policy", "焦らず関係をつくる",
				"monitoringDates", List.of(today.plusMonths(1).toString()), "roles", List.of(Map.of("agency", hub, "role", "見守り"))));
		assertThat(plan.status()).as(plan.body()).isEqualTo(201);
		String decision = heldDecision(kyodo, caseId, person, List.of(municipal, coordinator, hub), List.of(municipal, coordinator, hub),
				"PLAN_ADOPTION");
		String conference = owner.sql("SELECT meeting_id::text FROM meeting_decision WHERE id = ?::uuid").param(decision)
			.query(String.class).single();

		Response decided = shiyakusho.post("/api/v1/cases/" + caseId + "/support-decisions",
				Map.of("program", "PARTICIPATION", "reason", "社会とのつながりを取り戻す場が必要"));
		assertThat(decided.status()).as(decided.body()).isEqualTo(200);
		String area = "開示圏域" + uniqueKana();
		String host = sanka.post("/api/v1/participation/hosts", Map.of("name", "開示牧場" + uniqueKana(), "kind", "FARM", "area", area,
				"contactName", "担当 太郎", "phone", "03-0000-0000")).json().path("id").asString();
		String menu = sanka.post("/api/v1/participation/hosts/" + host + "/menus", new HashMap<>(Map.of("kind", "PARTICIPATION", "title",
				"ヤギの散歩", "tasks", "散歩", "days", List.of("TUESDAY"), "area", area, "capacity", 1, "interests", List.of("ANIMALS"), "hours",
				"10:00〜12:00"))).json().path("id").asString();
		String base = "/api/v1/participation/people/" + person;
		assertThat(sanka.put(base + "/needs", Api.complete(jp.kasane.participation.ParticipationForms.NeedsForm.class, Map.of("interests", List.of("ANIMALS"), "area", area, "days", List.of("TUESDAY"), "notes",
				"午前中なら出られる"))).status()).isEqualTo(200);
		Response placed = sanka.post(base + "/placements", Map.of("menuId", menu, "startOn", today.toString()));
		assertThat(placed.status()).as(placed.body()).isEqualTo(201);

		// 居住継続支援 (the municipality's checklist complete, as HousingTest sets it for itself).
		int checklistVersion = shiyakusho.get("/api/v1/housing/prerequisites").json().path("version").asInt();
		List<Map<String, Object>> measures = new ArrayList<>();
		for (jp.kasane.housing.PrerequisiteMeasure m : jp.kasane.housing.PrerequisiteMeasure.values()) {
			measures.add(Map.of("measure", m.name(), "done", true, "evidence", "テスト", "doneOn", today.minusMonths(1).toString()));
		}
		List<Map<String, Object>> activities = new ArrayList<>();
		for (jp.kasane.housing.SetupActivity a : jp.kasane.housing.SetupActivity.values()) {
			Map<String, Object> activity = new java.util.HashMap<>(Map.of("activity", a.name(), "status", "IN_PROGRESS"));
			activity.put("note", null);
			activities.add(activity);
		}
		Response checklist = shiyakusho.put("/api/v1/housing/prerequisites", Map.of("version", checklistVersion, "measures", measures,
				"activities", activities));
		assertThat(checklist.status()).as(checklist.body()).isEqualTo(200);
		Map<String, Object> housing = new HashMap<>(Map.of("person", person, "complexNeeds", true, "continuationNeeded", true,
				"conferenceHeldOn", today.minusDays(2).toString(), "situation", "MOVED_IN", "moveInOn", today.minusDays(20).toString(),
				"supportCorporation", "NPO法人すまい支援かさね", "watching", true, "resourceMatching", false, "communityTies", false));
		housing.put("firstFollowUpOn", today.plusDays(7).toString());
		Response started = kyodo.post("/api/v1/cases/" + caseId + "/housing", housing);
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		Response visited = kyodo.post("/api/v1/housing/" + started.json().path("id").asString() + "/follow-ups", Map.of("heldOn",
				today.toString(), "method", "VISIT", "note", "部屋は片付いている", "nextOn", today.plusDays(14).toString()));
		assertThat(visited.status()).as(visited.body()).isEqualTo(201);

		Response outreach = shiyakusho.post("/api/v1/outreach", Map.of("person", person, "source", "CONSULTATION", "knownOn",
				today.toString(), "note", "夜は電話に出ない"));
		assertThat(outreach.status()).as(outreach.body()).isEqualTo(201);

		String supportConference = schedule(kyodo, "SUPPORT_CONFERENCE", "支援会議（開示世帯）", List.of(municipal, coordinator, hub));
		assertThat(kyodo.post("/api/v1/meetings/" + supportConference + "/pledge", Map.of()).status()).isEqualTo(200);
		Map<String, Object> own = new HashMap<>(agenda(person, null, "A"));
		own.put("note", "本人の状況");
		assertThat(kyodo.post("/api/v1/meetings/" + supportConference + "/agenda", own).status()).isEqualTo(200);
		assertThat(hokatsu.post("/api/v1/meetings/" + supportConference + "/pledge", Map.of()).status()).isEqualTo(200);
		Response memberItem = hokatsu.post("/api/v1/meetings/" + supportConference + "/agenda", agenda(member, null, "A"));
		assertThat(memberItem.status()).as(memberItem.body()).isEqualTo(200);
		assertThat(kyodo.post("/api/v1/meetings/" + supportConference + "/hold", Map.of("heldOn", today.toString(), "attendedAgencies",
				List.of(coordinator, hub), "minutes", "支援会議で共有した次郎さんの事情")).status()).isEqualTo(200);
		Response householdCase = hokatsu.post("/api/v1/cases", Map.of("people", List.of(person, member), "household", household,
				"note", "次郎さんの引きこもりの相談"));
		assertThat(householdCase.status()).as(householdCase.body()).isEqualTo(201);
		return new Subject(person, given, member, memberGiven, memberForm.get("givenKana").toString(), caseId,
				householdCase.json().path("id").asString(), conference, supportConference);
	}

	static List<JsonNode> list(JsonNode array) {
		List<JsonNode> out = new ArrayList<>();
		array.forEach(out::add);
		return out;
	}
}
