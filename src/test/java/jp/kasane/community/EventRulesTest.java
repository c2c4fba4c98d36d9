package jp.kasane.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Events belong to a hub or platform; counts are never negative and recorded once held. */
class EventRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
	private static final UUID HUB = UUID.randomUUID();

	private static CommunityForms.NewEvent event(UUID hub, UUID platform, LocalDate on, Integer children, Integer youth,
			Integer workingAge, Integer seniors) {
		return new CommunityForms.NewEvent("多世代交流会", EventKind.EXCHANGE, on, hub, platform, children, youth, workingAge,
				seniors, null);
	}

	@Test
	void needsAHubOrAPlatform() {
		assertThat(EventRules.refusal(event(null, null, TODAY, 1, 0, 0, 0), TODAY))
			.hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("hub"));
		assertThat(EventRules.refusal(event(null, UUID.randomUUID(), TODAY, 1, 0, 0, 0), TODAY)).isEmpty();
		assertThat(EventRules.refusal(event(HUB, null, TODAY, 1, 0, 0, 0), TODAY)).isEmpty();
	}

	@Test
	void countsAreNeverNegative() {
		assertThat(EventRules.refusal(event(HUB, null, TODAY, 0, 0, 0, 0), TODAY)).isEmpty();
		assertThat(EventRules.refusal(event(HUB, null, TODAY, null, null, null, null), TODAY)).isEmpty();
		assertThat(EventRules.refusal(event(HUB, null, TODAY, -1, 0, 0, 0), TODAY))
			.hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("children"));
		assertThat(EventRules.refusal(event(HUB, null, TODAY, 0, -1, 0, 0), TODAY))
			.hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("youth"));
		assertThat(EventRules.refusal(event(HUB, null, TODAY, 0, 0, -1, 0), TODAY))
			.hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("workingAge"));
		assertThat(EventRules.refusal(event(HUB, null, TODAY, 0, 0, 0, -1), TODAY))
			.hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("seniors"));
	}

	@Test
	void participantsAreCountedOnceHeld() {
		assertThat(EventRules.refusal(event(HUB, null, TODAY, 5, 3, 2, 10), TODAY)).isEmpty();
		assertThat(EventRules.refusal(event(HUB, null, TODAY.plusDays(1), 1, 0, 0, 0), TODAY))
			.hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("heldOn"));
		assertThat(EventRules.refusal(event(HUB, null, TODAY.plusDays(1), 0, 0, 0, 0), TODAY)).as("a planned event").isEmpty();
	}
}
