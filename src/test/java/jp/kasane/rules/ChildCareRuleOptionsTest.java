package jp.kasane.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.Map;

import jp.kasane.rules.SupportPlanAssistantRule.SupportPlanQuery;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The choices for the seed's silent cases bind from kasane.rules.child-care.*, with the documented defaults. */
class ChildCareRuleOptionsTest {

	private static ChildCareRuleOptions bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("kasane.rules.child-care", ChildCareRuleOptions.class);
	}

	@Test
	void theDefaultsAreTheDocumentedOnes() {
		ChildCareRuleOptions options = bind(Map.of());
		assertThat(options).isEqualTo(ChildCareRuleOptions.defaults());
		assertThat(options.abuseTopUpRounding()).isEqualTo(RoundingMode.CEILING);
		assertThat(options.supportPlanRounding()).isEqualTo(RoundingMode.FLOOR);
		assertThat(options.fundedExtraLimitedToTopUp()).isFalse();
		assertThat(options.countedAt()).isEqualTo(ChildCareRuleOptions.CountedAt.APPLICATION);
		assertThat(options.dailyUsersComparison()).isEqualTo(ChildCareRuleOptions.UsersComparison.AS_ENTERED);
	}

	@Test
	void aConfiguredChoiceChangesTheAnswerAndItsReasons() {
		ChildCareRuleOptions options = bind(Map.of("kasane.rules.child-care.support-plan-rounding", "CEILING",
				"kasane.rules.child-care.counted-at", "YEAR_END"));
		SupportPlanAssistantRule.SupportPlanAnswer answer = new SupportPlanAssistantRule(options)
			.evaluate(new SupportPlanQuery(41, 300_000L));
		assertThat(answer.assistants()).isEqualTo(2);
		assertThat(answer.reasons()).anyMatch(r -> r.contains("切り上げ")).anyMatch(r -> r.contains("年度末の実績"));
	}

	@Test
	void onlyFloorCeilingOrHalfUpAreAccepted() {
		assertThatThrownBy(() -> bind(Map.of("kasane.rules.child-care.abuse-top-up-rounding", "UNNECESSARY")))
			.isInstanceOf(BindException.class);
	}
}
