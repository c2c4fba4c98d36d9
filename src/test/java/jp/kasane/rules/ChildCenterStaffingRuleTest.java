package jp.kasane.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jp.kasane.rules.ChildCenterStaffingRule.StaffingAnswer;
import jp.kasane.rules.ChildCenterStaffingRule.StaffingQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** こども家庭センターの類型 at every child-population edge of 【別添4】 and the staffing of 【別表】1. */
class ChildCenterStaffingRuleTest {

	private final ChildCenterStaffingRule rule = new ChildCenterStaffingRule();

	private StaffingAnswer of(long children) {
		return rule.evaluate(new StaffingQuery(children, null, null));
	}

	@ParameterizedTest(name = "児童人口 {0} → {1}")
	@CsvSource({ "0, 小規模A型, 2, 0, 0, 2", "8999, 小規模A型, 2, 0, 0, 2", "9000, 小規模B型, 2, 0, 1, 3",
			"17999, 小規模B型, 2, 0, 1, 3", "18000, 小規模C型, 2, 0, 2, 4", "26999, 小規模C型, 2, 0, 2, 4",
			"27000, 中規模型, 3, 1, 2, 6", "71999, 中規模型, 3, 1, 2, 6", "72000, 大規模型, 5, 2, 4, 11",
			"1500000, 大規模型, 5, 2, 4, 11" })
	void typeAndMinimumStaffAtEachEdge(long children, String type, int family, int psychological, int abuse, int total) {
		StaffingAnswer answer = of(children);
		assertThat(answer.type()).isEqualTo(type);
		assertThat(answer.minimumStaff()).containsExactly(Map.entry("子ども家庭支援員", family), Map.entry("心理担当支援員", psychological),
				Map.entry("虐待対応専門員", abuse));
		assertThat(answer.total()).isEqualTo(total);
	}

	@Test
	void theIssuesExampleMatchesTheSeedsTable() {
		StaffingAnswer answer = of(27_000);
		assertThat(answer.type()).isEqualTo("中規模型");
		assertThat(answer.minimumStaff()).isEqualTo(Map.of("子ども家庭支援員", 3, "心理担当支援員", 1, "虐待対応専門員", 2));
		assertThat(answer.total()).isEqualTo(6);
		assertThat(answer.reasons()).anyMatch(r -> r.contains("児童人口27,000人") && r.contains("中規模型"))
			.anyMatch(r -> r.contains("ちょうど27,000人") && r.contains("「以上」"))
			.anyMatch(r -> r.contains("週40時間"))
			.anyMatch(r -> r.contains("「概ね」"));
		assertThat(answer.sources()).extracting(RuleSource::section).containsExactly("4(3)④エ(ウ)", "【別添4】", "【別表】1");
		assertThat(answer.sources()).allMatch(s -> s.document().contains("別記1の3") && s.notice().contains("令和6年度"));
	}

	@Test
	void aSmallAMunicipalityUnderFiftyThousandWithADualRoleFullTimerMayRunOneAtAllTimes() {
		assertThat(rule.evaluate(new StaffingQuery(5_000L, 49_999L, true)).oneStaffAtAllTimesAllowed()).isTrue();
		StaffingAnswer fiftyThousand = rule.evaluate(new StaffingQuery(5_000L, 50_000L, true));
		assertThat(fiftyThousand.oneStaffAtAllTimesAllowed()).isFalse();
		assertThat(fiftyThousand.reasons()).anyMatch(r -> r.contains("5万人未満ではない"));
		assertThat(rule.evaluate(new StaffingQuery(5_000L, 30_000L, false)).oneStaffAtAllTimesAllowed()).isFalse();
		StaffingAnswer unknown = of(5_000);
		assertThat(unknown.oneStaffAtAllTimesAllowed()).isFalse();
		assertThat(unknown.reasons()).anyMatch(r -> r.contains("判定していません"));
		assertThat(rule.evaluate(new StaffingQuery(9_000L, 40_000L, true)).oneStaffAtAllTimesAllowed())
			.as("only 小規模A型").isFalse();
	}

	@Test
	void theReasonsSayHowCentresMayBeSetUpForTheType() {
		assertThat(of(26_999).reasons()).anyMatch(r -> r.contains("2次医療圏"));
		assertThat(of(27_000).reasons()).anyMatch(r -> r.contains("行政区ごとの設置"));
	}

	@Test
	void fromSmallBOnTheReasonsPointToTheAbuseTopUp() {
		assertThat(of(8_999).reasons()).noneMatch(r -> r.contains("上乗せして配置する必要"));
		assertThat(of(9_000).reasons()).anyMatch(r -> r.contains("上乗せして配置する必要"));
	}
}
