package jp.kasane.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jp.kasane.shared.FiscalYear;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The one registry of rules and the choice of a version by fiscal year, at the boundaries of each version. */
class RuleCatalogTest {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private static RuleCatalog at(String instant) {
		return new RuleCatalog(Clock.fixed(Instant.parse(instant), TOKYO));
	}

	private final RuleCatalog catalog = at("2026-11-24T01:00:00Z");

	@Test
	void listsAllTenRulesOnceEachWithVersionsSourcesAndAPath() {
		List<String> ids = catalog.entries().stream().map(RuleCatalog.Entry::id).toList();
		assertThat(ids).containsExactly("platform-subsidy", "renkei-setup-support", "new-function-base", "cost-share",
				"child-center-staffing", "abuse-response-specialists", "support-plan-assistants", "user-support-add-ons",
				"child-rearing-hub", "community-activity-center");
		assertThat(catalog.entries()).allSatisfy(e -> {
			assertThat(e.name()).isNotBlank();
			assertThat(e.seedSections()).isNotEmpty();
			assertThat(e.versions()).isNotEmpty();
			assertThat(e.sources()).isNotEmpty();
			assertThat(e.path()).isEqualTo("/api/v1/rules/" + e.id());
			assertThat(e.page()).startsWith("/rules").contains("#" + e.id());
		});
	}

	@Test
	void theFirstYearOfAVersionIsAnsweredAndTheYearBeforeIsRefused() {
		RuleCatalog.VersionUsed r3 = catalog.version("new-function-base", 2021);
		assertThat(r3.version()).isEqualTo("令和3年度");
		assertThat(r3.appliesFromFiscalYear()).isEqualTo(2021);
		assertThat(r3.requested()).isTrue();
		assertThat(r3.note()).isNull();
		assertThatThrownBy(() -> catalog.version("new-function-base", 2020)).isInstanceOfSatisfying(RuleViolation.class, ex -> {
			assertThat(ex.code()).isEqualTo("RULE_VERSION_NOT_FOUND");
			assertThat(ex.getMessage()).contains("重層的支援体制整備事業 新たな機能分の補助基準額").contains("令和2年度（2020年度）");
		});

		assertThat(catalog.version("platform-subsidy", 2023).appliesFromFiscalYear()).isEqualTo(2023);
		assertThatThrownBy(() -> catalog.version("platform-subsidy", 2022)).isInstanceOf(RuleViolation.class);
		assertThat(catalog.version("child-rearing-hub", 2024).version()).isEqualTo("令和6年度版");
		assertThatThrownBy(() -> catalog.version("child-rearing-hub", 2023)).isInstanceOf(RuleViolation.class);
	}

	@Test
	void aLaterYearWithoutItsOwnTableUsesTheLatestVersionAndSaysSo() {
		RuleCatalog.VersionUsed later = catalog.version("cost-share", 2026);
		assertThat(later.version()).isEqualTo("令和3年度");
		assertThat(later.note()).contains("令和8年度（2026年度）の表は登録されていない");
	}

	@Test
	void withoutAYearTheVersionInForceTodayByTheClock() {
		RuleCatalog.VersionUsed today = catalog.version("platform-subsidy", null);
		assertThat(today.fiscalYear()).isEqualTo(2026);
		assertThat(today.requested()).isFalse();
		// 2027-03-31 in Tokyo still belongs to 2026年度; 2027-04-01 is 2027年度.
		assertThat(at("2027-03-31T14:59:00Z").version("platform-subsidy", null).fiscalYear()).isEqualTo(2026);
		assertThat(at("2027-03-31T15:00:00Z").version("platform-subsidy", null).fiscalYear()).isEqualTo(2027);
	}

	@Test
	void theNextYearsTableIsSelectedWithoutChangingCallers() {
		RuleCatalog.Entry entry = new RuleCatalog.Entry("x", "試し", List.of("002"),
				List.of(new RuleVersion(new FiscalYear(2021), "令和3年度の資料", "令和3年度"),
						new RuleVersion(new FiscalYear(2027), "令和9年度の交付要綱", "令和9年度")),
				NewFunctionBaseRule.SOURCES, "/rules#x");
		assertThat(entry.versionFor(new FiscalYear(2026)).orElseThrow().label()).isEqualTo("令和3年度");
		assertThat(entry.versionFor(new FiscalYear(2027)).orElseThrow().label()).isEqualTo("令和9年度");
		assertThat(entry.versionFor(new FiscalYear(2020))).isEmpty();
	}

	@Test
	void theRuleIsAskedWithTheVersionSelectedAndItsTable() {
		RuleAnswer<NewFunctionBaseRule.Result> answer = catalog.answer("new-function-base", "2021",
				v -> new NewFunctionBaseRule().evaluate(new NewFunctionBaseRule.Input(86_000), v));
		assertThat(answer.ruleVersion().version()).isEqualTo("令和3年度");
		assertThat(answer.answer().baseYen()).isEqualTo(33_800_000L);
		assertThat(answer.answer().reasons()).anyMatch(r -> r.contains("この額は令和3年度のもの"));
		RuleVersion unknown = new RuleVersion(new FiscalYear(2030), "未登録の通知", "令和12年度");
		assertThatThrownBy(() -> new NewFunctionBaseRule().evaluate(new NewFunctionBaseRule.Input(86_000), unknown))
			.isInstanceOf(IllegalArgumentException.class);
		// a refused year never reaches the rule
		assertThatThrownBy(() -> catalog.answer("new-function-base", "2020", v -> {
			throw new AssertionError("the rule must not be asked");
		})).isInstanceOf(RuleViolation.class);
	}

	@Test
	void anAbsurdYearIsABadField() {
		assertThatThrownBy(() -> catalog.version("cost-share", 26)).isInstanceOfSatisfying(InvalidField.class,
				ex -> assertThat(ex.field()).isEqualTo("fiscalYear"));
		assertThatThrownBy(() -> catalog.version("cost-share", 20260)).isInstanceOf(InvalidField.class);
		assertThatThrownBy(() -> RuleCatalog.parseYear("来年")).isInstanceOfSatisfying(InvalidField.class,
				ex -> assertThat(ex.field()).isEqualTo("fiscalYear"));
		assertThat(RuleCatalog.parseYear("２０２６")).isEqualTo(2026);
		assertThat(RuleCatalog.parseYear(" ")).isNull();
	}
}
