package jp.kasane.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kasane.support.Api.Response;
import jp.kasane.support.BrowserPages;
import jp.kasane.support.Chromium;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The 8050 household of {@link MultiAgencyJourneyTest}, this time as its users live it: every step is
 * clicked and typed in a real, headless Chromium (Debian's {@code chromium} and {@code chromium-driver}),
 * through the sign-in, the CSRF tokens, the redirects and the Japanese pages. The API is used only to
 * look at the end state.
 *
 * <p>The 地域包括支援センター registers an elderly father and his son in ひきこもり, the municipality
 * discusses the son at a 支援会議 without his consent (and is refused at a 重層的支援会議), the son
 * consents, the household is referred to 多機関協働, a plan is adopted, アウトリーチ is decided, the
 * plan is revised and the case is closed with the 地域包括支援センター as the agency that stays.
 *
 * <p>Without Chromium installed the test is skipped, with the reason, never passed silently.
 */
class Journey8050BrowserTest extends CaseworkTestSupport {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private static final String SUPPORT_CONFERENCE = "支援会議（社会福祉法第106条の6）";
	private static final String MULTI_LAYERED = "重層的支援会議";
	private static final String CONSENT_PURPOSE_SHARING = "支援関係機関の間での情報共有";
	private static final String CONSENT_PURPOSE_COLLABORATION = "多機関協働事業の利用（申込）";
	private static final String IN_SUPPORT = "支援中（モニタリング）";
	private static final String FATHER = "八重樫　辰雄";
	private static final String SON = "八重樫　和也";

	/**
	 * Skips the journey, with the reason, when Chromium is not installed; a failed journey leaves a
	 * screenshot of what the browser showed, target/screenshots/failed-<test>.png.
	 */
	@RegisterExtension
	static final Chromium.PerClass CHROMIUM = Chromium.perClass();

	private WebDriver driver;
	private BrowserPages browser;

	/** The agencies, as their names appear in the pages. */
	private String municipal;
	private String hub;
	private String coordinator;

	@BeforeEach
	void openBrowser() {
		driver = CHROMIUM.driver();
		browser = new BrowserPages(driver, "http://localhost:" + port);
		municipal = agencyNameOf("shiyakusho");
		hub = agencyNameOf("hokatsu");
		coordinator = agencyNameOf("kyodo");
	}

	@Test
	void an8050HouseholdFromFirstConsultationToClosureThroughThePages() throws IOException {
		LocalDate today = LocalDate.now(TOKYO);
		String fatherKana = uniqueKana();
		String sonKana = uniqueKana();

		// 1. The 地域包括支援センター registers the father and the son it hears of, and their household.
		browser.signIn("hokatsu");
		String fatherId = registerPerson("八重樫", "辰雄", fatherKana, today.minusYears(83).minusDays(40));
		assertThat(browser.mainText()).contains(FATHER + " さんを登録しました", "83歳", hub);
		String sonId = registerPerson("八重樫", "和也", sonKana, today.minusYears(52).minusDays(100));
		assertThat(browser.mainText()).contains("52歳");

		browser.open("/people/" + fatherId);
		browser.submit(driver.findElement(By.linkText("この人の世帯を登録する")));
		assertThat(browser.heading()).isEqualTo("世帯を登録する");
		assertThat(browser.mainText()).contains("最初の世帯員：" + FATHER);
		WebElement householdForm = form(By.cssSelector("form[action$='/households']"));
		assertThat(new Select(householdForm.findElement(By.name("relationship"))).getFirstSelectedOption().getText())
			.isEqualTo("世帯主");
		// The household was formed long before today's registration.
		browser.setDate(householdForm.findElement(By.name("joinedOn")), LocalDate.of(1975, 4, 1));
		browser.submit(householdForm.findElement(By.cssSelector("button[type=submit]")));
		browser.expectFlash("世帯を登録しました");
		assertThat(browser.heading()).isEqualTo("八重樫世帯");

		browser.fill(form(By.cssSelector("form[method=get]")), "q", sonKana);
		browser.submit(form(By.cssSelector("form[method=get]")).findElement(By.cssSelector("button[type=submit]")));
		WebElement addMember = form(By.cssSelector("form[action$='/members']"));
		browser.choose(addMember, "person", SON);
		browser.choose(addMember, "relationship", "子");
		browser.submit(addMember.findElement(By.cssSelector("button[type=submit]")));
		browser.expectFlash("世帯員を加えました");
		assertThat(memberRelationships()).containsEntry(FATHER, "世帯主").containsEntry(SON, "子");

		// The father's consultation: an 8050 household, the son in ひきこもり, for the 支援会議.
		browser.open("/people/" + fatherId + "/consultations");
		WebElement consultation = form(By.cssSelector("form[action$='/consultations']"));
		browser.setDate(consultation.findElement(By.name("receivedOn")), today);
		browser.tick(consultation, "8050");
		browser.tick(consultation, "ひきこもり");
		browser.fill(consultation, "notes", "父（80代）の介護について娘から相談。同居の長男（50代）は20年以上ひきこもっている");
		browser.choose(consultation, "outcome", "支援会議で検討");
		browser.submit(consultation.findElement(By.cssSelector("button[type=submit]")));
		browser.expectFlash("相談を記録しました（支援会議で検討）");
		String consultations = driver.findElement(By.cssSelector("main table tbody")).getText();
		assertThat(consultations).contains(hub, "来所・本人", "20年以上ひきこもっている", "支援会議で検討", "8050", "ひきこもり");

		// The father consents to sharing with the hub and the 多機関協働 centre, also at 重層的支援会議.
		recordConsent(fatherId);

		// 2. The municipality discusses the son, who has not consented, at a 支援会議 (法106条の6).
		browser.signIn("shiyakusho");
		scheduleMeeting(SUPPORT_CONFERENCE, "支援会議（八重樫世帯）", municipal, hub, coordinator);
		assertThat(browser.heading()).isEqualTo("支援会議：守秘義務の誓約");
		assertThat(browser.mainText()).contains("第106条の6", "秘密を漏らしてはなりません");
		browser.submit(driver.findElement(By.id("sign-pledge")));
		browser.expectFlash("守秘義務の誓約に署名しました");
		assertThat(browser.heading()).contains("支援会議（八重樫世帯）");
		addToAgenda(sonKana, SON, "事例なし");
		browser.expectFlash("議題に加えました");
		assertThat(agendaText()).contains(SON).doesNotContain("議題はまだありません");

		// A 重層的支援会議 refuses him: it discusses only people who consented to it.
		scheduleMeeting(MULTI_LAYERED, "重層的支援会議（同意前）", municipal, hub, coordinator);
		addToAgenda(sonKana, SON, "事例なし");
		String refusal = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("meeting-error")),
				"the refusal to put the son on a 重層的支援会議").getText();
		assertThat(refusal).contains("同意");
		assertThat(agendaText()).contains("議題はまだありません").doesNotContain(SON);

		// 3. The son consents; the hub refers father and son to 多機関協働 from the father's page.
		browser.signIn("hokatsu");
		recordConsent(sonId);
		browser.open("/people/" + fatherId);
		browser.submit(driver.findElement(By.linkText("多機関協働")));
		assertThat(browser.heading()).isEqualTo(FATHER + " さんの多機関協働");
		assertThat(browser.mainText()).contains("多機関協働の事例はありません。");
		WebElement referral = form(By.cssSelector("form[action$='/cases']"));
		browser.tick(referral, FATHER);
		browser.tick(referral, SON);
		browser.fill(referral, "note", "8050：父の介護と、長年ひきこもりの息子。支援会議で協議済み");
		browser.submit(referral.findElement(By.cssSelector("button[type=submit]")));
		browser.expectFlash("多機関協働へ紹介しました（紹介受付）");
		String caseUrl = driver.getCurrentUrl();
		assertThat(caseUrl).matches(".*/cases/[0-9a-f-]{36}$");
		String caseId = caseUrl.substring(caseUrl.lastIndexOf('/') + 1);
		assertThat(caseState()).isEqualTo("紹介受付");

		// 4. The 多機関協働 coordinator finds the case through the father and takes it on.
		browser.signIn("kyodo");
		browser.open("/people?q=" + URLEncoder.encode(fatherKana, StandardCharsets.UTF_8));
		browser.submit(browser.waitFor(ExpectedConditions.elementToBeClickable(By.linkText(FATHER)), "the father in the search result"));
		browser.submit(driver.findElement(By.linkText("多機関協働")));
		browser.submit(driver.findElement(By.linkText("事例を開く")));
		assertThat(driver.getCurrentUrl()).isEqualTo(caseUrl);
		assertThat(browser.mainText()).contains(FATHER, SON, hub, "次に必要なこと");
		transition("accept-application", "相談受付（申込・本人同意）");
		transition("start-assessment", "アセスメント");
		transition("start-planning", "プラン作成");
		assertThat(driver.findElement(By.id("next-step")).getText()).contains("重層的支援会議", "プランの採用");

		browser.open("/cases/" + caseId + "/plans");
		savePlan("週に一度は外に出たい。父の介護を手伝えるようになりたい", "本人のペースで、まず訪問で関係をつくる",
				hub, "父の介護と長男への訪問", today.plusMonths(1));
		assertThat(browser.mainText()).contains("第1版（作成中）", "週に一度は外に出たい", hub + "：父の介護と長男への訪問");

		heldConference(caseId, sonKana, "重層的支援会議（八重樫世帯・プラン）", "プランの採用", "第1版を採用する");
		browser.open("/cases/" + caseId + "/plans");
		adoptDraft("プランの採用");
		browser.expectFlash("重層的支援会議の決定により、プランを採用しました");
		assertThat(browser.mainText()).contains("第1版（採用（実施中））");
		browser.open("/cases/" + caseId);
		assertThat(caseState()).isEqualTo(IN_SUPPORT);
		assertThat(timeline()).contains("プラン採用");

		// 5. The municipality decides on アウトリーチ (支援決定); only it sees that form.
		assertThat(driver.findElements(By.id("support-decision"))).as("no 支援決定 for the coordinator").isEmpty();
		browser.signIn("shiyakusho");
		browser.open("/cases/" + caseId);
		WebElement decision = form(By.cssSelector("form[action$='/support-decisions']"));
		browser.choose(decision, "program", "アウトリーチ等を通じた継続的支援事業");
		browser.choose(decision, "conferenceDecision", "プランの採用");
		browser.fill(decision, "reason", "長男への継続的な訪問が必要");
		browser.submit(decision.findElement(By.id("support-decision")));
		browser.expectFlash("支援決定を記録しました");
		assertThat(browser.mainText()).contains("アウトリーチ等を通じた継続的支援事業", "長男への継続的な訪問が必要")
			.doesNotContain("プラン前の早期開始");

		// 6. A second version of the plan, adopted as a re-plan at a 重層的支援会議.
		browser.signIn("kyodo");
		browser.open("/cases/" + caseId + "/plans");
		assertThat(browser.mainText()).contains("プランの新しい版を作成");
		savePlan("近所のサロンに月に一度行ってみたい", "居場所（サロン）への参加を支える", hub, "サロンへの同行",
				today.plusMonths(2));
		assertThat(browser.mainText()).contains("第2版（作成中）", "第1版（採用（実施中））");

		heldConference(caseId, sonKana, "重層的支援会議（八重樫世帯・見直し）", "再プラン", "第2版に見直す");
		browser.open("/cases/" + caseId + "/plans");
		adoptDraft("再プラン");
		browser.expectFlash("重層的支援会議の決定により、プランを採用しました");
		assertThat(browser.mainText()).contains("第2版（採用（実施中））", "第1版（旧版）");
		browser.open("/cases/" + caseId);
		assertThat(caseState()).isEqualTo(IN_SUPPORT);
		assertThat(timeline()).contains("再プラン");

		// Closure, decided at a 重層的支援会議, with the hub as the agency that stays beside them.
		heldConference(caseId, sonKana, "重層的支援会議（八重樫世帯・終結）", "終結", "終結し、包括が見守る");
		browser.open("/cases/" + caseId);
		String followUp = "包括が月1回訪問し、長男のサロン参加を見守る";
		WebElement close = driver.findElement(By.id("close")).findElement(By.xpath("./ancestor::form"));
		browser.choose(close, "decisionId", "終結");
		browser.choose(close, "leadAgency", hub);
		browser.fill(close, "note", followUp);
		browser.submit(close.findElement(By.id("close")));
		browser.expectFlash("事例を「終結」にしました");
		assertThat(caseState()).isEqualTo("終結");
		assertThat(browser.mainText()).contains("支援担当者（終結後）", hub + "：" + followUp, "支援担当者の機関が引き続き本人に寄り添います");
		assertThat(driver.findElements(By.id("close"))).isEmpty();
		Path shot = CHROMIUM.screenshot("case-closed");
		assertThat(Files.readAllBytes(shot)).startsWith(0x89, 'P', 'N', 'G');

		// What the pages did is what is stored.
		Response stored = api("kyodo").get("/api/v1/cases/" + caseId);
		assertThat(stored.status()).as(stored.body()).isEqualTo(200);
		assertThat(stored.json().path("state").asString()).isEqualTo("CLOSED");
		assertThat(stored.json().path("leadAgency").asString()).isEqualTo(agencyOf("hokatsu"));
		assertThat(stored.json().path("timeline").findValuesAsString("kind")).containsSubsequence("REFERRAL_RECEIVED",
				"APPLICATION_ACCEPTED", "PLAN_ADOPTED", "REPLANNED", "CLOSED");
		Response consultationsStored = api("hokatsu").get("/api/v1/people/" + fatherId + "/consultations");
		assertThat(consultationsStored.json().path(0).path("tags").valueStream().map(t -> t.asString()).toList())
			.containsExactly("8050", "HIKIKOMORI");
		assertThat(consultationsStored.json().path(0).path("outcome").asString()).isEqualTo("SUPPORT_CONFERENCE");
	}

	/**
	 * Names looked up in maps (課題, agencies) and today's date in date fields, as the browser shows them.
	 * The data is set up through the API, the pages are read in the browser.
	 */
	@Test
	void pagesShowTheNamesOfWhatWasRecordedAndTodayInDateFields() {
		String today = LocalDate.now(TOKYO).toString();
		String person = register(api("hokatsu"), "表示", "確認", "1950-01-01");
		consent(api("hokatsu"), person, List.of(agencyOf("hokatsu"), agencyOf("kyodo")));
		Response consulted = api("hokatsu").post("/api/v1/people/" + person + "/consultations", Map.of("receivedOn",
				today, "channel", "PHONE", "consulter", "FAMILY", "tags", List.of("8050", "HIKIKOMORI"), "outcome",
				"SUPPORT_CONFERENCE"));
		assertThat(consulted.status()).as(consulted.body()).isEqualTo(201);
		String meeting = schedule(api("kyodo"), "MULTI_LAYERED", "表示の確認", List.of(agencyOf("shiyakusho"), agencyOf("kyodo")));

		SoftAssertions soft = new SoftAssertions();
		browser.signIn("hokatsu");
		browser.open("/people/" + person + "/consultations");
		soft.assertThat(driver.findElement(By.cssSelector("main table tbody")).getText()).as("課題 of the consultation")
			.contains("8050", "ひきこもり");
		soft.assertThat(driver.findElement(By.name("receivedOn")).getDomProperty("value")).as("相談日").isEqualTo(today);
		browser.open("/people/" + person + "/consents");
		soft.assertThat(driver.findElement(By.cssSelector("main table tbody tr")).getText()).as("共有先 of the consent")
			.contains(hub, coordinator).doesNotContain("null");
		soft.assertThat(driver.findElement(By.name("obtainedOn")).getDomProperty("value")).as("同意を得た日").isEqualTo(today);
		browser.open("/households/new?person=" + person);
		soft.assertThat(driver.findElement(By.name("joinedOn")).getDomProperty("value")).as("世帯に加わった日").isEqualTo(today);
		browser.signIn("kyodo");
		browser.open("/meetings/" + meeting);
		soft.assertThat(driver.findElement(By.xpath("//dt[.='招集']/following-sibling::dd[1]")).getText()).as("招集 of the meeting")
			.contains(municipal, coordinator).doesNotContain("null");
		soft.assertAll();
	}

	// ---- steps of the journey ----

	/** Registers a person on /people/new and returns their id (from the page the browser lands on). */
	private String registerPerson(String family, String given, String givenKana, LocalDate birthDate) {
		browser.open("/people/new");
		assertThat(browser.heading()).isEqualTo("人を登録する");
		WebElement form = form(By.cssSelector("form[data-guard]"));
		browser.fill(form, "familyName", family);
		browser.fill(form, "givenName", given);
		browser.fill(form, "familyKana", "ヤエガシ");
		browser.fill(form, "givenKana", givenKana);
		browser.fill(form, "birthDate", birthDate.toString());
		browser.fill(form, "address", "東京都かさね市北町3丁目2番1号");
		browser.submit(form.findElement(By.cssSelector("button[type=submit]")));
		String url = driver.getCurrentUrl();
		assertThat(url).as("registering %s %s should land on the person page; the page showed:%n%s", family, given,
				browser.mainText()).matches(".*/people/[0-9a-f-]{36}$");
		assertThat(browser.heading()).contains(family + "　" + given);
		return url.substring(url.lastIndexOf('/') + 1);
	}

	/** Records the consent the journey needs: sharing and 多機関協働 with the hub and the centre, at 重層的支援会議 too. */
	private void recordConsent(String personId) {
		browser.open("/people/" + personId + "/consents");
		assertThat(browser.mainText()).contains("同意は記録されていません。");
		WebElement form = form(By.cssSelector("form[data-guard]"));
		browser.tick(form, CONSENT_PURPOSE_SHARING);
		browser.tick(form, CONSENT_PURPOSE_COLLABORATION);
		browser.tick(form, hub);
		browser.tick(form, coordinator);
		browser.tick(form, "重層的支援会議で検討することに同意");
		browser.choose(form, "method", "書面");
		browser.fill(form, "obtainedByName", "森 由美");
		browser.setDate(form.findElement(By.name("obtainedOn")), LocalDate.now(TOKYO));
		browser.submit(form.findElement(By.cssSelector("button[type=submit]")));
		browser.expectFlash("同意を記録しました");
		String row = driver.findElement(By.cssSelector("main table tbody tr")).getText();
		assertThat(row).contains(CONSENT_PURPOSE_SHARING, CONSENT_PURPOSE_COLLABORATION, "含む", "書面・森 由美", "有効", hub)
			.doesNotContain("null");
	}

	/** Schedules a meeting on /meetings, inviting the agencies; the browser lands on the new meeting. */
	private void scheduleMeeting(String kind, String title, String... invited) {
		browser.open("/meetings");
		WebElement form = form(By.cssSelector("form[action$='/meetings']"));
		browser.choose(form, "kind", kind);
		browser.fill(form, "title", title);
		for (String agency : invited) {
			browser.tick(form, agency);
		}
		browser.submit(form.findElement(By.id("schedule-meeting")));
		browser.expectFlash("会議を予定しました");
		assertThat(driver.getCurrentUrl()).matches(".*/meetings/[0-9a-f-]{36}$");
	}

	/**
	 * On a meeting page: finds the person by kana and puts them on the agenda for 「A プランの適切性の協議」,
	 * with the case the page offers with them (its choice starts with {@code offeredCase}).
	 */
	private void addToAgenda(String kana, String name, String offeredCase) {
		WebElement search = form(By.cssSelector("form[method=get]"));
		browser.fill(search, "q", kana);
		browser.submit(search.findElement(By.id("find-agenda-person")));
		WebElement candidate = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.xpath(
				"//form[.//button[contains(@class,'add-agenda')]][.//strong[normalize-space()='" + name + "']]")),
				"the candidate " + name + " to add to the agenda");
		assertThat(new Select(candidate.findElement(By.name("caseId"))).getFirstSelectedOption().getText())
			.as("the case offered with %s", name).startsWith(offeredCase);
		browser.choose(candidate, "role", "A プランの適切性の協議");
		browser.submit(candidate.findElement(By.cssSelector("button.add-agenda")));
	}

	/**
	 * A 重層的支援会議 on the case, as the coordinator runs it: scheduled with the municipality, the centre
	 * and the hub, the son on the agenda with the case, held with everyone invited attending, and the decision.
	 */
	private void heldConference(String caseId, String sonKana, String title, String decisionType, String decisionText) {
		scheduleMeeting(MULTI_LAYERED, title, municipal, coordinator, hub);
		addToAgenda(sonKana, SON, "事例（");
		browser.expectFlash("議題に加えました");
		assertThat(agendaText()).contains(SON, "A プランの適切性の協議", "事例");
		assertThat(driver.findElements(By.cssSelector("#agenda a[href*='/cases/" + caseId + "']"))).as("the case").hasSize(1);

		WebElement hold = form(By.cssSelector("form[action$='/hold']"));
		for (String agency : List.of(municipal, coordinator, hub)) {
			browser.tick(hold, agency);
		}
		browser.fill(hold, "minutes", "本人と家族の状況を共有し、" + decisionType + "について協議した");
		browser.submit(hold.findElement(By.id("hold-meeting")));
		browser.expectFlash("開催を記録しました");
		assertThat(browser.mainText()).contains("開催済み（");

		WebElement decide = form(By.cssSelector("form[action$='/decisions']"));
		browser.choose(decide, "type", decisionType);
		browser.fill(decide, "text", decisionText);
		browser.submit(decide.findElement(By.cssSelector("button.record-decision")));
		browser.expectFlash("決定を記録しました");
		assertThat(agendaText()).contains("【" + decisionType + "】" + decisionText);
	}

	/** Saves the plan form on the plan page (a new version, or the draft being edited). */
	private void savePlan(String goals, String policy, String roleAgency, String role, LocalDate monitoring) {
		WebElement form = form(By.cssSelector("form[data-guard]"));
		browser.fill(form, "personGoals", goals);
		browser.fill(form, "policy", policy);
		browser.choose(form, "roleAgency", roleAgency);
		browser.fill(form, "role", role);
		browser.setDate(form.findElements(By.name("monitoringDates")).get(0), monitoring);
		browser.submit(form.findElement(By.id("save-plan")));
		browser.expectFlash("プランを保存しました（作成中）");
	}

	/** Adopts the draft version on the plan page with the conference decision of that type. */
	private void adoptDraft(String decisionType) {
		WebElement adopt = driver.findElement(By.id("adopt-plan")).findElement(By.xpath("./ancestor::form"));
		browser.choose(adopt, "decisionId", decisionType);
		browser.submit(adopt.findElement(By.id("adopt-plan")));
	}

	/** Presses one of the case page's transition buttons and checks the state the page then shows. */
	private void transition(String button, String state) {
		browser.submit(browser.waitFor(ExpectedConditions.elementToBeClickable(By.id(button)), "the button " + button));
		browser.expectFlash("事例を「" + state + "」にしました");
		assertThat(caseState()).isEqualTo(state);
	}

	// ---- reading the pages ----

	private WebElement form(By locator) {
		return browser.waitFor(ExpectedConditions.presenceOfElementLocated(locator), "the form " + locator);
	}

	private String caseState() {
		return driver.findElement(By.id("case-state")).getText();
	}

	private String timeline() {
		return driver.findElement(By.id("timeline")).getText();
	}

	private String agendaText() {
		return driver.findElement(By.id("agenda")).getText();
	}

	/** 氏名 → 続柄 of the household page's current members. */
	private Map<String, String> memberRelationships() {
		Map<String, String> members = new LinkedHashMap<>();
		for (WebElement row : driver.findElements(By.xpath("//h2[.='世帯員']/following-sibling::table[1]/tbody/tr"))) {
			List<WebElement> cells = row.findElements(By.tagName("td"));
			members.put(cells.get(0).getText(), cells.get(1).getText());
		}
		return members;
	}

	private String agencyNameOf(String username) {
		return owner.sql("SELECT agency_name FROM auth_find_user(?)").param(username).query(String.class).single();
	}
}
