package jp.kasane.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.kasane.IntegrationTest;
import jp.kasane.shared.FiscalYear;
import jp.kasane.support.BrowserPages;
import jp.kasane.support.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboards in a real, headless Chromium over the demo town: every chart is drawn by ECharts with data, the
 * page is photographed (target/screenshots/dashboard.png, the README's picture), and a click on a bar of the chart
 * opens exactly the records behind it, from which the record itself opens. Skipped, with the reason, without Chromium.
 */
class DashboardBrowserTest extends IntegrationTest {

	@RegisterExtension
	static final Chromium.PerClass CHROMIUM = Chromium.perClass();

	/** Charts the demo town fills: each must show at least one record (and its 参加支援 placements, once they fall in this year). */
	private static final List<String> FILLED = List.of("consultations-by-field", "consultations-by-channel", "consultations-by-age",
			"consultations-by-tag", "referrals", "cases-by-state", "case-state-days", "conferences", "pending-conferences", "outreach",
			"community-issues", "gap-households");

	private WebDriver driver;
	private BrowserPages pages;

	@BeforeEach
	void browser() {
		driver = CHROMIUM.driver();
		pages = new BrowserPages(driver, "http://localhost:" + port);
	}

	@Test
	void municipalStaffSeeEveryChartDrawnWithDataAndClickABarThroughToItsRecords() throws IOException {
		pages.signIn("shiyakusho");
		pages.submit(driver.findElement(By.linkText("ダッシュボード")));
		assertThat(pages.heading()).isEqualTo("ダッシュボード");
		assertThat(pages.mainText()).contains("年度（20", "表示範囲：市全体");
		JavascriptExecutor js = (JavascriptExecutor) driver;
		pages.waitFor(ExpectedConditions.attributeToBe(By.id("dashboard"), "data-ready", "true"), "the charts to load");
		List<WebElement> charts = driver.findElements(By.cssSelector("#dashboard .chart"));
		assertThat(charts).hasSize(Chart.values().length);
		pages.waitFor(d -> charts.stream().allMatch(c -> "true".equals(c.getDomAttribute("data-drawn"))), "every chart drawn");

		for (WebElement el : charts) {
			String chart = el.getDomAttribute("id").substring("chart-".length());
			@SuppressWarnings("unchecked")
			List<Object> data = (List<Object>) js.executeScript(
					"return echarts.getInstanceByDom(arguments[0]).getOption().series[0].data;", el);
			assertThat(data).as(chart).isNotEmpty();
			Number total = (Number) js.executeScript("const o = echarts.getInstanceByDom(arguments[0]).getOption();"
					+ " return o.series[0].type === 'sankey' ? o.series[0].links.reduce((a, l) => a + l.value, 0)"
					+ " : o.series.reduce((a, s) => a + s.data.reduce((b, v) => b + (v || 0), 0), 0);", el);
			boolean placementsThisYear = FiscalYear.of(LocalDate.now().minusDays(190)).equals(FiscalYear.of(LocalDate.now()));
			if (FILLED.contains(chart) || placementsThisYear && List.of("placements", "retention").contains(chart)) {
				String summary = driver.findElement(By.cssSelector("section.chart-card[data-chart='" + chart + "'] .summary")).getText();
				assertThat(Long.parseLong(summary.replaceAll("^合計 (\\d+).*$", "$1"))).as("%s counts records", chart).isPositive();
				if (!chart.equals("case-state-days")) { // drawn as mean days: the demo's moves all happen on one day
					assertThat(total.doubleValue()).as("%s is drawn with data", chart).isPositive();
				}
			}
		}
		photograph(js);

		// Click the largest bottom segment of the consultations by field: a real mouse click on the canvas.
		WebElement byField = driver.findElement(By.id("chart-consultations-by-field"));
		js.executeScript("arguments[0].scrollIntoView({block: 'center'});", byField);
		@SuppressWarnings("unchecked")
		Map<String, Object> target = (Map<String, Object>) js.executeScript("""
				const chart = echarts.getInstanceByDom(arguments[0]);
				const o = chart.getOption();
				let best = null;
				o.series.forEach((s, si) => s.data.forEach((v, ci) => {
					if (v > 0 && (best === null || v > best.value)) {
						const base = o.series.slice(0, si).reduce((a, t) => a + (t.data[ci] || 0), 0);
						best = { series: si, category: ci, value: v, base: base, name: s.name };
					}
				}));
				const x = chart.convertToPixel({ xAxisIndex: 0 }, best.category);
				const y = chart.convertToPixel({ yAxisIndex: 0 }, best.base + best.value / 2);
				return { x: x, y: y, value: best.value, name: best.name, category: o.xAxis[0].data[best.category],
				         width: arguments[0].clientWidth, height: arguments[0].clientHeight };""", byField);
		int x = (int) Math.round(((Number) target.get("x")).doubleValue() - ((Number) target.get("width")).doubleValue() / 2);
		int y = (int) Math.round(((Number) target.get("y")).doubleValue() - ((Number) target.get("height")).doubleValue() / 2);
		String mark = "leaving";
		js.executeScript("window.kasaneLeaving = arguments[0];", mark);
		new Actions(driver).moveToElement(byField, x, y).click().perform();
		pages.waitFor(ExpectedConditions.urlContains("/dashboard/records"), "the records behind the clicked bar");
		pages.waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "グラフの記録"), "the records page");
		long value = ((Number) target.get("value")).longValue();
		assertThat(driver.findElement(By.cssSelector(".figure")).getText()).contains("相談の受付（分野別・月別）",
				(String) target.get("category"), (String) target.get("name"));
		assertThat(driver.findElement(By.cssSelector(".total")).getText()).isEqualTo(value + "件");
		List<WebElement> rows = driver.findElements(By.cssSelector("table.records tr.record"));
		assertThat(rows).as("municipal staff see every record behind the bar").hasSize((int) value);
		assertThat(driver.findElements(By.cssSelector(".hidden-count"))).isEmpty();

		WebElement open = rows.get(0).findElement(By.tagName("a"));
		assertThat(open.getDomAttribute("href")).matches("/people/[0-9a-f-]{36}/consultations");
		pages.submit(open);
		assertThat(driver.getCurrentUrl()).contains("/consultations");
		assertThat(pages.mainText()).contains("相談");
	}

	/** The whole page at 1280px wide, for the README (target/screenshots/dashboard.png). */
	private void photograph(JavascriptExecutor js) throws IOException {
		Dimension before = driver.manage().window().getSize();
		long height = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
		driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 120, 6000)));
		js.executeScript("Object.values(window.kasaneDashboard.instances).forEach(i => i.resize());");
		pages.waitFor(d -> (Boolean) js.executeScript("return document.readyState === 'complete';"), "the resized page");
		Path shot = CHROMIUM.screenshot("dashboard");
		assertThat(shot).exists().isNotEmptyFile();
		driver.manage().window().setSize(before);
		js.executeScript("Object.values(window.kasaneDashboard.instances).forEach(i => i.resize());");
	}
}
