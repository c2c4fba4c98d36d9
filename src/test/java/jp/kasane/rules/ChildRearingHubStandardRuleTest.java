package jp.kasane.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import jp.kasane.rules.ChildRearingHubStandardRule.HubAnswer;
import jp.kasane.rules.ChildRearingHubStandardRule.HubCheck;
import jp.kasane.rules.ChildRearingHubStandardRule.HubQuery;
import jp.kasane.shared.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 地域子育て支援拠点: opening days and hours, staff and 講習等 at each edge of 別記2の4 4(1)–(3). */
class ChildRearingHubStandardRuleTest {

	private final ChildRearingHubStandardRule rule = new ChildRearingHubStandardRule();

	private HubAnswer of(ChildRearingHubType type, int days, String hours, int staff, int lectures, Integer activities) {
		return rule.evaluate(new HubQuery(type, days, new BigDecimal(hours), staff, lectures, activities));
	}

	@ParameterizedTest(name = "{0} 週{1}日・{2}時間・{3}名・講習{4}回 → {5}")
	@CsvSource({
			"GENERAL, 3, 5, 2, 1, true", "GENERAL, 2, 5, 2, 1, false", "GENERAL, 3, 4.9, 2, 1, false",
			"GENERAL, 3, 5, 1, 1, false", "GENERAL, 3, 5, 2, 0, false", "GENERAL, 7, 10, 4, 4, true",
			"COOPERATIVE, 3, 3, 1, 1, true", "COOPERATIVE, 2, 3, 1, 1, false", "COOPERATIVE, 3, 2.9, 1, 1, false",
			"COOPERATIVE, 3, 3, 0, 1, false", "COOPERATIVE, 3, 3, 1, 0, false",
			"POP_UP, 0, 5, 1, 0, false", "POP_UP, 1, 5, 1, 0, true", "POP_UP, 2, 5, 1, 0, true", "POP_UP, 3, 5, 1, 0, false",
			"POP_UP, 2, 4.5, 1, 0, false", "POP_UP, 2, 5, 0, 0, false" })
	void openingDaysHoursStaffAndLectures(ChildRearingHubType type, int days, String hours, int staff, int lectures,
			boolean meets) {
		assertThat(of(type, days, hours, staff, lectures, null).meetsStandard()).isEqualTo(meets);
	}

	@ParameterizedTest(name = "小規模型指定施設 週{0}日・{1}時間・{2}名・取組{3} → {4}")
	@CsvSource({ "5, 5, 1, 2, true", "4, 5, 1, 2, false", "5, 4.99, 1, 2, false", "5, 5, 0, 2, false", "5, 5, 1, 1, false",
			"6, 8, 1, 3, true" })
	void theTransitionalSmallDesignatedFacility(int days, String hours, int staff, int activities, boolean meets) {
		HubAnswer answer = of(ChildRearingHubType.SMALL_DESIGNATED, days, hours, staff, 0, activities);
		assertThat(answer.meetsStandard()).as("講習等 is not asked of it").isEqualTo(meets);
		assertThat(answer.checks()).extracting(HubCheck::item).doesNotContain("子育て及び子育て支援に関する講習等");
	}

	@Test
	void theAnswerListsEachCheckWithReasonsAndSources() {
		HubAnswer answer = of(ChildRearingHubType.GENERAL, 2, "4", 1, 1, null);
		assertThat(answer.hubType()).isEqualTo("一般型");
		assertThat(answer.checks()).filteredOn(c -> !c.met()).extracting(HubCheck::item)
			.containsExactly("開設日数", "開設時間", "専任の職員（非常勤可）");
		assertThat(answer.reasons().get(0)).startsWith("一般型の基準を満たしていません").contains("週2日で、週3日以上を満たしません");
		assertThat(answer.reasons()).anyMatch(r -> r.contains("最も短い日")).anyMatch(r -> r.contains("原則として"));
		assertThat(answer.sources()).extracting(RuleSource::section).containsExactly("4(2)③(ア)・(イ)", "4(1)エ");
		assertThat(answer.sources().get(0).document()).contains("別記2の4");
		assertThat(of(ChildRearingHubType.POP_UP, 3, "5", 1, 0, null).reasons()).anyMatch(r -> r.contains("週3日以上開設する場合"));
	}

	@Test
	void theSmallDesignatedFacilityNeedsItsActivities() {
		assertThatThrownBy(() -> of(ChildRearingHubType.SMALL_DESIGNATED, 5, "5", 1, 0, null)).isInstanceOf(InvalidField.class)
			.extracting(e -> ((InvalidField) e).field()).isEqualTo("activities");
	}

	@Test
	void typesAreReadByCodeOrJapaneseName() {
		assertThat(ChildRearingHubType.parse("一般型")).isEqualTo(ChildRearingHubType.GENERAL);
		assertThat(ChildRearingHubType.parse("出張ひろば")).isEqualTo(ChildRearingHubType.POP_UP);
		assertThat(ChildRearingHubType.parse("cooperative")).isEqualTo(ChildRearingHubType.COOPERATIVE);
		assertThatThrownBy(() -> ChildRearingHubType.parse("大型")).isInstanceOf(IllegalArgumentException.class);
	}
}
