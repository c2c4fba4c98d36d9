package jp.kasane.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The documented property names bind, and the defaults are the documented choices. */
class RuleOptionsTest {

	private static RuleOptions bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("kasane.rules", RuleOptions.class);
	}

	@Test
	void defaultsAreTheDocumentedChoices() {
		assertThat(bind(Map.of())).isEqualTo(RuleOptions.defaults());
		assertThat(RuleOptions.defaults().platformSubsidy()).isEqualTo(
				new RuleOptions.PlatformSubsidy(RuleOptions.CountedAt.APPLICATION, 2, true, false));
		assertThat(RuleOptions.defaults().costShare().rounding()).isEqualTo(RoundingMode.DOWN);
	}

	@Test
	void theReadmesPropertyNamesBind() {
		RuleOptions options = bind(Map.of("kasane.rules.platform-subsidy.participants-counted-at", "YEAR_END",
				"kasane.rules.platform-subsidy.minimum-participants", "3",
				"kasane.rules.platform-subsidy.base-is-annual", "false",
				"kasane.rules.platform-subsidy.beyond-two-years-allowed", "true",
				"kasane.rules.cost-share.rounding", "HALF_UP"));
		assertThat(options.platformSubsidy()).isEqualTo(
				new RuleOptions.PlatformSubsidy(RuleOptions.CountedAt.YEAR_END, 3, false, true));
		assertThat(options.costShare().rounding()).isEqualTo(RoundingMode.HALF_UP);
	}

	@Test
	void aRoundingThatCannotRoundIsRefusedAtStart() {
		assertThatThrownBy(() -> new CostShareRule(new RuleOptions.CostShare(RoundingMode.UNNECESSARY)))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
