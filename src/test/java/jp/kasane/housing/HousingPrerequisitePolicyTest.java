package jp.kasane.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import jp.kasane.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 別添5 4(2): 居住継続支援 only once all five basic measures (①) are in place. */
class HousingPrerequisitePolicyTest {

	@ParameterizedTest
	@EnumSource(PrerequisiteMeasure.class)
	void fourOfFiveIsRefusedNamingTheMissingOne(PrerequisiteMeasure missing) {
		Set<PrerequisiteMeasure> done = EnumSet.allOf(PrerequisiteMeasure.class);
		done.remove(missing);

		HousingPrerequisitePolicy.Decision decision = HousingPrerequisitePolicy.check(done);

		assertThat(decision.allowed()).isFalse();
		assertThat(decision.missing()).containsExactly(missing);
		assertThat(decision.reason()).contains("未実施：" + missing.numbered()).contains("4/5");
		EnumSet.complementOf(EnumSet.of(missing)).forEach(m -> assertThat(decision.reason()).doesNotContain(m.numbered()));
	}

	@Test
	void fiveOfFiveIsAllowed() {
		HousingPrerequisitePolicy.Decision decision = HousingPrerequisitePolicy.check(EnumSet.allOf(PrerequisiteMeasure.class));

		assertThat(decision.allowed()).isTrue();
		assertThat(decision.missing()).isEmpty();
		HousingPrerequisitePolicy.require(EnumSet.allOf(PrerequisiteMeasure.class));
	}

	@Test
	void nothingDoneListsAllFiveInTheOrderOfTheGuideline() {
		HousingPrerequisitePolicy.Decision decision = HousingPrerequisitePolicy.check(Set.of());

		assertThat(decision.allowed()).isFalse();
		assertThat(decision.missing()).containsExactly(PrerequisiteMeasure.values());
		assertThat(decision.reason()).contains("0/5").contains("1. 自立相談支援機関に住まい支援員等を配置")
			.contains("5. アウトリーチ・参加支援事業者の居住支援協議会への参画");
	}

	@Test
	void requireRefusesWithTheStableCodeAndTheReason() {
		Set<PrerequisiteMeasure> done = EnumSet.of(PrerequisiteMeasure.HOUSING_SUPPORT_WORKER,
				PrerequisiteMeasure.HOUSING_DEPARTMENT_LINKAGE, PrerequisiteMeasure.COMMUNITY_HOUSING_SUPPORT,
				PrerequisiteMeasure.SUPPORT_CORPORATION_LINKAGE);

		assertThatThrownBy(() -> HousingPrerequisitePolicy.require(done)).isInstanceOfSatisfying(RuleViolation.class, ex -> {
			assertThat(ex.code()).isEqualTo("HOUSING_PREREQUISITES_INCOMPLETE");
			assertThat(ex.getMessage()).contains("5. アウトリーチ・参加支援事業者の居住支援協議会への参画");
		});
	}
}
