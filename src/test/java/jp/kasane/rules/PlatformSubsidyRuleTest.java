package jp.kasane.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** 000 §4(2): base by 参画法人 (5/6, 9/10), add-ons once per platform, 原則２か年, none after conversion; silent cases. */
class PlatformSubsidyRuleTest {

	private final PlatformSubsidyRule rule = new PlatformSubsidyRule(RuleOptions.PlatformSubsidy.defaults());

	private static PlatformSubsidyRule.Input input(int participants, int year, boolean backOffice, boolean backOfficeUsed,
			boolean ict, boolean ictUsed, boolean converted) {
		return new PlatformSubsidyRule.Input(participants, year, backOffice, backOfficeUsed, ict, ictUsed, converted);
	}

	private static PlatformSubsidyRule.Input plain(int participants, int year) {
		return input(participants, year, false, false, false, false, false);
	}

	@ParameterizedTest(name = "{0}法人 → {1}千円")
	@CsvSource({ "2, 1500", "5, 1500", "6, 2500", "9, 2500", "10, 4000", "250, 4000" })
	void baseByNumberOfParticipants(int participants, int base) {
		PlatformSubsidyRule.Result result = rule.evaluate(plain(participants, 1));
		assertThat(result.eligible()).isTrue();
		assertThat(result.baseThousandYen()).isEqualTo(base);
		assertThat(result.addOnThousandYen()).isZero();
		assertThat(result.ceilingThousandYen()).isEqualTo(base);
		assertThat(result.sources()).extracting(RuleSource::section).contains("4(2)");
	}

	@ParameterizedTest(name = "数えた日 {0} → {1}")
	@CsvSource({ "2019-05-01, 令和元年5月1日時点で参画している法人数（6法人）", "2019-04-30, 平成31年4月30日時点で参画している法人数（6法人）",
			"1872-12-31, 1872年12月31日時点で参画している法人数（6法人）" })
	void aCountingDayIsStatedInsteadOfTheConfiguredPoint(java.time.LocalDate countedOn, String stated) {
		PlatformSubsidyRule.Result result = rule.evaluate(new PlatformSubsidyRule.Input(6, 1, false, false, false, false,
				false, countedOn));
		assertThat(result.reasons().get(0)).startsWith(stated + "で判定しています");
		assertThat(result.reasons()).noneMatch(r -> r.contains("交付申請の時点の数として扱います"));
		assertThat(rule.evaluate(plain(6, 1)).reasons().get(0)).startsWith("参画法人の数は交付申請の時点の数として扱います");
	}

	@Test
	void theBandIsNamedAsTheSeedNamesIt() {
		assertThat(rule.evaluate(plain(5, 1)).reasons()).anyMatch(r -> r.contains("５法人以下") && r.contains("1,500千円以内"));
		assertThat(rule.evaluate(plain(6, 1)).reasons()).anyMatch(r -> r.contains("６法人以上、９法人以下") && r.contains("2,500千円以内"));
		assertThat(rule.evaluate(plain(10, 1)).reasons()).anyMatch(r -> r.contains("10法人以上") && r.contains("4,000千円以内"));
	}

	@Test
	void theIssueExample() {
		PlatformSubsidyRule.Result result = rule.evaluate(input(6, 1, true, false, false, false, false));
		assertThat(result.eligible()).isTrue();
		assertThat(result.baseThousandYen()).isEqualTo(2500);
		assertThat(result.addOnThousandYen()).isEqualTo(3200);
		assertThat(result.ceilingThousandYen()).isEqualTo(5700);
	}

	@Test
	void bothAddOnsOnTopOfTheLargestBase() {
		PlatformSubsidyRule.Result result = rule.evaluate(input(10, 2, true, false, true, false, false));
		assertThat(result.addOnThousandYen()).isEqualTo(5200);
		assertThat(result.ceilingThousandYen()).isEqualTo(9200);
	}

	@Test
	void eachAddOnOnlyOncePerPlatform() {
		PlatformSubsidyRule.Result backOfficeUsed = rule.evaluate(input(6, 2, true, true, true, false, false));
		assertThat(backOfficeUsed.eligible()).isTrue();
		assertThat(backOfficeUsed.addOnThousandYen()).isEqualTo(2000);
		assertThat(backOfficeUsed.reasons()).anyMatch(r -> r.contains("エ") && r.contains("1回に限られ") && r.contains("既に受けている"));

		PlatformSubsidyRule.Result ictUsed = rule.evaluate(input(6, 2, true, false, true, true, false));
		assertThat(ictUsed.addOnThousandYen()).isEqualTo(3200);
		assertThat(ictUsed.reasons()).anyMatch(r -> r.contains("オ") && r.contains("既に受けている"));

		PlatformSubsidyRule.Result bothUsed = rule.evaluate(input(6, 2, true, true, true, true, false));
		assertThat(bothUsed.addOnThousandYen()).isZero();
		assertThat(bothUsed.ceilingThousandYen()).isEqualTo(2500);
	}

	@Test
	void anAddOnNotTakenUpIsNotGrantedEvenIfUnused() {
		assertThat(rule.evaluate(input(6, 1, false, false, false, false, false)).addOnThousandYen()).isZero();
		assertThat(rule.evaluate(input(6, 1, false, true, false, true, false)).reasons())
			.noneMatch(r -> r.contains("既に受けている"));
	}

	@Test
	void inPrincipleTwoYears() {
		assertThat(rule.evaluate(plain(6, 2)).eligible()).isTrue();
		PlatformSubsidyRule.Result third = rule.evaluate(input(6, 3, true, false, true, false, false));
		assertThat(third.eligible()).isFalse();
		assertThat(third.ceilingThousandYen()).isZero();
		assertThat(third.addOnThousandYen()).as("no add-on in a year that is not subsidised").isZero();
		assertThat(third.reasons()).anyMatch(r -> r.contains("原則２か年") && r.contains("3年目"));
	}

	@Test
	void aThirdYearMayBeConfiguredAsAnException() {
		PlatformSubsidyRule lenient = new PlatformSubsidyRule(
				new RuleOptions.PlatformSubsidy(RuleOptions.CountedAt.APPLICATION, 2, true, true));
		PlatformSubsidyRule.Result third = lenient.evaluate(plain(6, 3));
		assertThat(third.eligible()).isTrue();
		assertThat(third.baseThousandYen()).isEqualTo(2500);
		assertThat(third.reasons()).anyMatch(r -> r.contains("例外"));
	}

	@Test
	void noneAfterConversionToARenkeiSuishinHojin() {
		PlatformSubsidyRule.Result result = rule.evaluate(input(10, 1, true, false, true, false, true));
		assertThat(result.eligible()).isFalse();
		assertThat(result.ceilingThousandYen()).isZero();
		assertThat(result.reasons()).anyMatch(r -> r.contains("社会福祉連携推進法人の設立後") && r.contains("会費等"));
	}

	@Test
	void noPlatformWithoutSeveralParticipants() {
		for (int n : new int[] { 0, 1 }) {
			PlatformSubsidyRule.Result result = rule.evaluate(plain(n, 1));
			assertThat(result.eligible()).as(n + " participants").isFalse();
			assertThat(result.baseThousandYen()).isZero();
			assertThat(result.reasons()).anyMatch(r -> r.contains("複数の小規模法人等が参画") && r.contains("2法人以上"));
		}
	}

	@Test
	void silentPointsAreStatedInTheReasons() {
		PlatformSubsidyRule.Result result = rule.evaluate(plain(6, 1));
		assertThat(result.reasons()).anyMatch(r -> r.contains("交付申請の時点") && r.contains("participants-counted-at"));
		assertThat(result.reasons()).anyMatch(r -> r.contains("年度ごとの額") && r.contains("base-is-annual"));
		assertThat(result.reasons()).anyMatch(r -> r.contains("交付要綱の補助率"));

		PlatformSubsidyRule yearEnd = new PlatformSubsidyRule(
				new RuleOptions.PlatformSubsidy(RuleOptions.CountedAt.YEAR_END, 2, true, false));
		assertThat(yearEnd.evaluate(plain(6, 1)).reasons()).anyMatch(r -> r.contains("年度末"));
	}

	@Test
	void aBaseForTheWholePeriodIsGrantedInTheFirstYearOnly() {
		PlatformSubsidyRule once = new PlatformSubsidyRule(
				new RuleOptions.PlatformSubsidy(RuleOptions.CountedAt.APPLICATION, 2, false, false));
		assertThat(once.evaluate(plain(6, 1)).baseThousandYen()).isEqualTo(2500);
		PlatformSubsidyRule.Result second = once.evaluate(input(6, 2, false, false, true, false, false));
		assertThat(second.baseThousandYen()).isZero();
		assertThat(second.addOnThousandYen()).isEqualTo(2000);
		assertThat(second.reasons()).anyMatch(r -> r.contains("補助期間全体で1回"));
	}

	@Test
	void setupSupportOnlyOnce() {
		RenkeiSetupSupportRule setup = new RenkeiSetupSupportRule();
		RenkeiSetupSupportRule.Result first = setup.evaluate(new RenkeiSetupSupportRule.Input(false));
		assertThat(first.eligible()).isTrue();
		assertThat(first.amountThousandYen()).isEqualTo(1000);
		assertThat(first.sources()).extracting(RuleSource::section).contains("4(1)");
		RenkeiSetupSupportRule.Result again = setup.evaluate(new RenkeiSetupSupportRule.Input(true));
		assertThat(again.eligible()).isFalse();
		assertThat(again.amountThousandYen()).isZero();
		assertThat(again.reasons()).anyMatch(r -> r.contains("1回に限られ"));
	}
}
