package jp.kasane.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The course of a 地域課題 at each step and its boundaries. */
class IssueTransitionsTest {

	@ParameterizedTest
	@CsvSource({ "RAISED, UNDER_REVIEW", "RAISED, DECLINED", "UNDER_REVIEW, DEVELOPING", "UNDER_REVIEW, DECLINED",
			"DEVELOPING, RESOURCE_CREATED", "DEVELOPING, UNDER_REVIEW", "DEVELOPING, DECLINED", "DECLINED, UNDER_REVIEW" })
	void allowedSteps(IssueStatus from, IssueStatus to) {
		assertThat(IssueTransitions.refusal(from, to, "移動販売", "理由")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "RAISED, DEVELOPING", "RAISED, RESOURCE_CREATED", "RAISED, RAISED", "UNDER_REVIEW, RESOURCE_CREATED",
			"UNDER_REVIEW, RAISED", "DECLINED, RESOURCE_CREATED", "DECLINED, DEVELOPING", "RESOURCE_CREATED, UNDER_REVIEW",
			"RESOURCE_CREATED, DECLINED" })
	void refusedSteps(IssueStatus from, IssueStatus to) {
		Optional<Refusal> refusal = IssueTransitions.refusal(from, to, "移動販売", "理由");
		assertThat(refusal).hasValueSatisfying(r -> {
			assertThat(r.code()).isEqualTo("ISSUE_INVALID_TRANSITION");
			assertThat(r.message()).isNotBlank();
		});
	}

	@Test
	void aNewResourceNeedsItsName() {
		assertThat(IssueTransitions.refusal(IssueStatus.DEVELOPING, IssueStatus.RESOURCE_CREATED, null, null))
			.hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("resourceName"));
		assertThat(IssueTransitions.refusal(IssueStatus.DEVELOPING, IssueStatus.RESOURCE_CREATED, "  ", null))
			.hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("resourceName"));
		assertThat(IssueTransitions.refusal(IssueStatus.DEVELOPING, IssueStatus.RESOURCE_CREATED, "子ども食堂", null)).isEmpty();
	}

	@Test
	void declingNeedsAReason() {
		assertThat(IssueTransitions.refusal(IssueStatus.RAISED, IssueStatus.DECLINED, null, " "))
			.hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("note"));
		assertThat(IssueTransitions.refusal(IssueStatus.RAISED, IssueStatus.DECLINED, null, "既存の資源で対応できる")).isEmpty();
	}

	@Test
	void aCreatedResourceIsFinal() {
		assertThat(IssueTransitions.next(IssueStatus.RESOURCE_CREATED)).isEmpty();
		assertThat(IssueTransitions.next(IssueStatus.RAISED)).containsExactly(IssueStatus.UNDER_REVIEW, IssueStatus.DECLINED);
	}
}
