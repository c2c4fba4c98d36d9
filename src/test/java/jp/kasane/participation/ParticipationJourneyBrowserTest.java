package jp.kasane.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.kasane.support.BrowserPages;
import jp.kasane.support.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The participation journey in a real, headless Chromium, as the 参加支援事業者 (sanka) lives it: a
 * host and its menus are registered in the pages, the person's wishes are entered, nothing is proposed
 * before the municipality's 参加支援 支援決定, then menus are ranked with their reasons, one is chosen,
 * tried and used, three 定着支援 follow-ups are recorded, a 謝礼 is paid, and the placement ends with a
 * つながり続ける schedule. The case and the 支援決定 are prepared through the API.
 *
 * <p>Without Chromium installed the test is skipped, with the reason, never passed silently.
 */
class ParticipationJourneyBrowserTest extends ParticipationTestSupport {

	@RegisterExtension
	static final Chromium.PerClass CHROMIUM = Chromium.perClass();

	private WebDriver driver;
	private BrowserPages browser;

	@BeforeEach
	void openBrowser() {
		driver = CHROMIUM.driver();
		browser = new BrowserPages(driver, "http://localhost:" + port);
	}

	@Test
	void fromTheDecisionToKeepingInTouchThroughThePages() throws IOException {
		LocalDate today = today();
		String area = "はるかぜ圏域" + uniqueKana();
		String hostName = "はるかぜ牧場" + uniqueKana();
		PersonOnCase p = personInPlanning("牧野", "春人");

		// 1. The 参加支援事業者 registers a host and two menus.
		browser.signIn("sanka");
		browser.open("/participation");
		assertThat(browser.mainText()).contains("受け入れ先とメニュー", "緑が丘ファーム（高橋農園）");
		WebElement hostForm = driver.findElement(By.id("host-form"));
		browser.fill(hostForm, "name", hostName);
		new Select(hostForm.findElement(By.name("kind"))).selectByVisibleText("農家");
		browser.fill(hostForm, "area", area);
		browser.fill(hostForm, "contactName", "牧 太郎");
		browser.submit(hostForm.findElement(By.cssSelector("button[type=submit]")));
		browser.expectFlash("受け入れ先「" + hostName + "」を登録しました");
		assertThat(driver.findElement(By.id("host-name")).getText()).isEqualTo(hostName);

		addMenu("ヤギの散歩と小屋の掃除", "ヤギの散歩、小屋の掃除、餌やり", 1, List.of("火", "木"), List.of("動物", "屋外作業"));
		browser.expectFlash("メニュー「ヤギの散歩と小屋の掃除」を追加しました");
		addMenu("牧場の売店の手伝い", "売店の品出しと会計の補助", 2, List.of("木"), List.of("動物", "接客・販売"));
		assertThat(browser.mainText()).contains("空き 1/1", "空き 2/2", "火・木");

		// 2. The person's wishes; without a 参加支援 支援決定 nothing is proposed.
		browser.open("/participation/people/" + p.person());
		assertThat(browser.heading()).isEqualTo("牧野　春人 さんの参加支援");
		assertThat(driver.findElement(By.id("no-decision")).getText()).contains("参加支援事業の支援決定がありません");
		WebElement needs = driver.findElement(By.id("needs-form"));
		browser.tick(needs, "動物");
		browser.tick(needs, "屋外作業");
		browser.fill(needs, "area", area);
		browser.submit(needs.findElement(By.id("save-needs")));
		assertThat(driver.findElement(By.id("form-error")).getText()).isEqualTo("通える曜日を1つ以上選んでください");
		needs = driver.findElement(By.id("needs-form"));
		browser.tick(needs, "火");
		browser.tick(needs, "木");
		browser.tick(needs, "動物");
		browser.tick(needs, "屋外作業");
		browser.fill(needs, "area", area);
		browser.fill(needs, "notes", "動物が好き。午前中なら出られる");
		browser.submit(needs.findElement(By.id("save-needs")));
		browser.expectFlash("本人の希望を記録しました");
		assertThat(driver.findElements(By.id("proposals"))).as("no proposals before the 支援決定").isEmpty();

		// 3. The municipality's 支援決定 (before the plan is adopted: an early start).
		decideParticipation(p.caseId());
		browser.open("/participation/people/" + p.person());
		assertThat(driver.findElement(By.id("decision")).getText()).contains("参加支援事業の支援決定", today.toString());
		assertThat(driver.findElement(By.id("early-start")).getText()).contains("早期開始");

		// 4. Ranked proposals with the reason for each rank.
		List<WebElement> rows = driver.findElements(By.cssSelector("#proposals tr.proposal"));
		assertThat(rows.size()).isGreaterThanOrEqualTo(2);
		assertThat(rows.get(0).findElement(By.className("rank")).getText()).isEqualTo("1");
		assertThat(rows.get(0).findElement(By.className("menu-title")).getText()).isEqualTo("ヤギの散歩と小屋の掃除");
		assertThat(texts(rows.get(0).findElements(By.cssSelector("ul.reasons li")))).containsExactly("希望に合う：屋外作業、動物",
				"曜日が合う：火・木", "同じ日常生活圏域（" + area + "）", "空き 1/1");
		assertThat(rows.get(1).findElement(By.className("menu-title")).getText()).isEqualTo("牧場の売店の手伝い");
		assertThat(texts(rows.get(1).findElements(By.cssSelector("ul.reasons li")))).contains("希望に合う：動物", "曜日が合う：木");
		// The demo's chicken care suits the wishes too, but not the person's days: it is last, and says so.
		WebElement chickens = rows.stream()
			.filter(r -> r.findElement(By.className("menu-title")).getText().equals("鶏の世話"))
			.findFirst()
			.orElseThrow();
		assertThat(chickens.findElement(By.className("caution")).getText()).isEqualTo("曜日が合わない");
		assertThat(Integer.parseInt(chickens.findElement(By.className("rank")).getText())).isGreaterThan(2);

		CHROMIUM.screenshot("participation-proposals");

		// 5. The worker chooses the first: a placement in 提案.
		browser.submit(rows.get(0).findElement(By.cssSelector("button.choose")));
		browser.expectFlash("「ヤギの散歩と小屋の掃除」を提案しました");
		assertThat(placementStatus()).isEqualTo("提案");

		advance("体験");
		browser.expectFlash("「ヤギの散歩と小屋の掃除」を「体験」にしました");
		assertThat(driver.findElements(By.cssSelector(".placement .honorarium-form"))).as("no 謝礼 during the trial").isEmpty();
		advance("利用中");
		browser.expectFlash("定着支援の予定を作成しました");
		assertThat(placementStatus()).isEqualTo("利用中");
		List<WebElement> followUps = driver.findElements(By.cssSelector(".placement tr.follow-up"));
		assertThat(texts(followUps)).hasSize(3).allMatch(t -> t.contains("定着支援") && t.contains("予定"));
		assertThat(followUps.get(0).getText()).contains(today.plusDays(7).toString());
		assertThat(followUps.get(2).getText()).contains(today.plusDays(90).toString());

		// The menu is full now; the first follow-up is due within the week on the participation page and the start page.
		browser.open("/participation");
		assertThat(driver.findElement(By.id("due-follow-ups")).getText()).contains(today.plusDays(7).toString(), "定着支援",
				"牧野　春人", "ヤギの散歩と小屋の掃除");
		assertThat(driver.findElement(By.id("people-in-participation")).getText()).contains("牧野　春人", "利用中");
		browser.open("/");
		assertThat(driver.findElement(By.id("participation-follow-ups")).getText()).contains("定着支援：ヤギの散歩と小屋の掃除");
		browser.open("/participation/people/" + p.person());
		assertThat(driver.findElement(By.id("proposal-" + menuIdOf("ヤギの散歩と小屋の掃除"))).getText()).contains("満員（1/1）");

		// 6. Three 定着支援 follow-ups: with the person, with the host, with both. An empty note is refused in Japanese.
		WebElement first = driver.findElement(By.cssSelector(".placement form.follow-up-form"));
		browser.submit(first.findElement(By.cssSelector("button[type=submit]")));
		assertThat(driver.findElement(By.cssSelector(".placement p.error")).getText()).isEqualTo("記録の内容を入力してください");
		String[][] records = { { "本人", "作業に慣れてきた。朝が少しつらい" }, { "受け入れ先", "受け入れ先：掃除が丁寧と好評" },
				{ "本人と受け入れ先", "三者で話し、火曜は10時開始に調整" } };
		for (String[] record : records) {
			WebElement form = driver.findElement(By.cssSelector(".placement form.follow-up-form"));
			new Select(form.findElement(By.name("withWhom"))).selectByVisibleText(record[0]);
			browser.fill(form, "notes", record[1]);
			browser.submit(form.findElement(By.cssSelector("button[type=submit]")));
			browser.expectFlash("フォローアップを記録しました");
		}
		followUps = driver.findElements(By.cssSelector(".placement tr.follow-up"));
		assertThat(texts(followUps)).allMatch(t -> t.contains("実施済み"));
		assertThat(followUps.get(0).getText()).contains("本人", "作業に慣れてきた");
		assertThat(followUps.get(2).getText()).contains("本人と受け入れ先", "火曜は10時開始に調整");
		assertThat(driver.findElements(By.cssSelector(".placement form.follow-up-form"))).isEmpty();

		// 7. 謝礼 (実費相当) to the host.
		WebElement honorarium = driver.findElement(By.cssSelector(".placement .honorarium-form"));
		browser.fill(honorarium, "amountYen", "3000");
		browser.fill(honorarium, "basis", "作業着の洗濯代・保険料の実費");
		browser.submit(honorarium.findElement(By.cssSelector("button[type=submit]")));
		browser.expectFlash("「" + hostName + "」への謝礼（実費相当）を記録しました");
		assertThat(driver.findElement(By.cssSelector(".placement table.honoraria")).getText()).contains("3,000円",
				"作業着の洗濯代・保険料の実費");

		// 8. Settled, then ended with its reason: a つながり続ける schedule follows.
		advance("定着");
		assertThat(placementStatus()).isEqualTo("定着");
		WebElement end = driver.findElement(By.cssSelector(".placement form.end-form"));
		browser.fill(end, "reason", "週3日のアルバイトが決まった");
		browser.submit(end.findElement(By.cssSelector("button[type=submit]")));
		browser.expectFlash("つながり続けるための連絡の予定（4回）を作成しました");
		assertThat(placementStatus()).isEqualTo("終了");
		assertThat(driver.findElement(By.cssSelector(".placement .end-reason")).getText()).contains("週3日のアルバイトが決まった");
		List<String> keepInTouch = texts(driver.findElements(By.cssSelector(".placement tr.follow-up.PLANNED")));
		assertThat(keepInTouch).hasSize(4).allMatch(t -> t.contains("つながり続ける"));
		assertThat(keepInTouch.get(0)).contains(today.plusMonths(3).toString());
		assertThat(keepInTouch.get(3)).contains(today.plusMonths(12).toString());
		assertThat(driver.findElements(By.cssSelector(".placement form.end-form"))).isEmpty();
		assertThat(driver.findElements(By.cssSelector(".placement form.follow-up-form"))).as("keep-in-touch can be recorded").hasSize(4);

		CHROMIUM.screenshot("participation-ended");

		// The place is free again.
		assertThat(driver.findElement(By.id("proposal-" + menuIdOf("ヤギの散歩と小屋の掃除"))).getText()).contains("空き 1/1");
	}

	private void addMenu(String title, String tasks, int capacity, List<String> days, List<String> interests) {
		WebElement form = driver.findElement(By.id("menu-form"));
		browser.fill(form, "title", title);
		browser.fill(form, "tasks", tasks);
		browser.fill(form, "capacity", String.valueOf(capacity));
		browser.tick(form, "短時間可");
		days.forEach(d -> browser.tick(form, d));
		interests.forEach(i -> browser.tick(form, i));
		browser.submit(form.findElement(By.cssSelector("button[type=submit]")));
	}

	private void advance(String status) {
		WebElement form = driver.findElement(By.cssSelector(".placement form.status-form"));
		new Select(form.findElement(By.name("status"))).selectByVisibleText(status);
		browser.submit(form.findElement(By.cssSelector("button[type=submit]")));
	}

	private String placementStatus() {
		return driver.findElement(By.cssSelector(".placement .badge.status")).getText();
	}

	private String menuIdOf(String title) {
		return owner.sql("SELECT id FROM participation_menu WHERE title = ?").param(title).query(UUID.class).single().toString();
	}

	private static List<String> texts(List<WebElement> elements) {
		return elements.stream().map(WebElement::getText).toList();
	}
}
