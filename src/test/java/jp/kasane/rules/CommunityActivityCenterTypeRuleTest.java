package jp.kasane.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jp.kasane.rules.ChildCareRuleOptions.CountedAt;
import jp.kasane.rules.ChildCareRuleOptions.UsersComparison;
import jp.kasane.rules.CommunityActivityCenterTypeRule.ActivityCenterAnswer;
import jp.kasane.rules.CommunityActivityCenterTypeRule.ActivityCenterQuery;
import jp.kasane.shared.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 地域活動支援センター Ⅰ/Ⅱ/Ⅲ型 at each daily-user edge (20/15/10) and staffing edge of 別記2の3 3(2)–(3). */
class CommunityActivityCenterTypeRuleTest {

	private final CommunityActivityCenterTypeRule rule = new CommunityActivityCenterTypeRule(ChildCareRuleOptions.defaults());

	private ActivityCenterAnswer of(String users, int staff, int fullTime, int dedicated, boolean consultation, int years) {
		return rule.evaluate(new ActivityCenterQuery(new BigDecimal(users), staff, fullTime, dedicated, consultation, years));
	}

	@ParameterizedTest(name = "実利用{0}名・職員{1}（常勤{2}・専任{3}）・相談支援{4}・実績{5}年 → {6}")
	@CsvSource({
			// Ⅰ型: 20 users, 3 staff of whom 2 full-time, 相談支援事業
			"20, 3, 2, 1, true, 0, 地域活動支援センターⅠ型", "19.9, 3, 2, 1, true, 0, 地域活動支援センターⅡ型",
			"19, 3, 2, 1, true, 0, 地域活動支援センターⅡ型", "20, 3, 1, 1, true, 0, 地域活動支援センターⅡ型",
			"20, 3, 2, 1, false, 0, 地域活動支援センターⅡ型", "20, 2, 2, 1, true, 0, 該当なし",
			// Ⅱ型: 15 users, 3 staff of whom 1 full-time
			"15, 3, 1, 1, false, 0, 地域活動支援センターⅡ型", "14, 3, 1, 1, false, 0, 該当なし",
			"15, 3, 0, 1, false, 0, 該当なし", "15, 2, 1, 1, false, 0, 該当なし",
			// Ⅲ型: 10 users, base 2 staff of whom 1 full-time, group track record 5 years
			"10, 2, 1, 1, false, 5, 地域活動支援センターⅢ型", "9, 2, 1, 1, false, 5, 該当なし",
			"10, 2, 1, 1, false, 4, 該当なし", "10, 2, 0, 1, false, 5, 該当なし", "14, 3, 1, 1, false, 5, 地域活動支援センターⅢ型",
			"15, 3, 1, 1, false, 5, 地域活動支援センターⅡ型",
			// 基礎的事業: 2 staff, 1 dedicated
			"25, 1, 1, 1, true, 10, 該当なし", "25, 3, 2, 0, true, 10, 該当なし" })
	void theTypeByDailyUsersAndStaff(String users, int staff, int fullTime, int dedicated, boolean consultation, int years,
			String type) {
		assertThat(of(users, staff, fullTime, dedicated, consultation, years).type()).isEqualTo(type);
	}

	@Test
	void theReasonsSayWhyEachHigherTypeIsMissedAndThatTheTypesAreExamples() {
		ActivityCenterAnswer answer = of("16", 3, 1, 1, false, 0);
		assertThat(answer.type()).isEqualTo("地域活動支援センターⅡ型");
		assertThat(answer.baseMet()).isTrue();
		assertThat(answer.checks().get(0).missing()).contains("常勤の職員が2名以上いません", "1日当たりの実利用人員が概ね20名以上ではありません",
				"相談支援事業を併せて実施していません（受託を含む）");
		assertThat(answer.reasons()).anyMatch(r -> r.startsWith("地域活動支援センターⅠ型に当たらない理由"))
			.anyMatch(r -> r.contains("「例」として示して"))
			.anyMatch(r -> r.contains("入力どおりに比べ"));
		assertThat(answer.sources()).allMatch(s -> s.document().contains("別記2の3"));
		ActivityCenterAnswer noBase = of("25", 1, 1, 1, true, 10);
		assertThat(noBase.baseMet()).isFalse();
		assertThat(noBase.reasons()).anyMatch(r -> r.contains("デジタル技術"));
	}

	@Test
	void roundingTheAverageIsAConfigurableChoice() {
		CommunityActivityCenterTypeRule halfUp = new CommunityActivityCenterTypeRule(new ChildCareRuleOptions(RoundingMode.CEILING,
				false, RoundingMode.FLOOR, CountedAt.APPLICATION, UsersComparison.HALF_UP));
		ActivityCenterQuery q = new ActivityCenterQuery(new BigDecimal("19.5"), 3, 2, 1, true, 0);
		assertThat(rule.evaluate(q).type()).isEqualTo("地域活動支援センターⅡ型");
		assertThat(halfUp.evaluate(q).type()).isEqualTo("地域活動支援センターⅠ型");
		assertThat(halfUp.evaluate(q).reasons()).anyMatch(r -> r.contains("四捨五入"));
	}

	@Test
	void moreFullTimeOrDedicatedThanStaffNamesTheField() {
		assertThatThrownBy(() -> of("20", 2, 3, 1, true, 0)).isInstanceOf(InvalidField.class)
			.extracting(e -> ((InvalidField) e).field()).isEqualTo("fullTimeStaff");
		assertThatThrownBy(() -> of("20", 2, 1, 3, true, 0)).isInstanceOf(InvalidField.class)
			.extracting(e -> ((InvalidField) e).field()).isEqualTo("dedicatedStaff");
	}
}
