package jp.kasane.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.kasane.housing.HousingForms;
import jp.kasane.housing.HousingManagement;
import jp.kasane.housing.HousingPrerequisitePolicy;
import jp.kasane.housing.PrerequisiteMeasure;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The demo town's checklist: four of five measures, so that the refusal is what the demo shows. */
class DemoHousingTest {

	@Test
	void theDemoTownHasFourOfTheFiveMeasuresAndIsRefusedNamingTheCouncil() {
		HousingManagement housing = mock(HousingManagement.class);
		Clock clock = Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneId.of("Asia/Tokyo"));

		new DemoHousing(housing, clock).store(new TenantId(UUID.randomUUID()), new AgencyId(UUID.randomUUID()));

		ArgumentCaptor<HousingForms.PrerequisitesForm> form = ArgumentCaptor.forClass(HousingForms.PrerequisitesForm.class);
		verify(housing).updatePrerequisites(form.capture());
		Set<PrerequisiteMeasure> done = EnumSet.noneOf(PrerequisiteMeasure.class);
		form.getValue().measures().stream().filter(HousingForms.MeasureForm::done).forEach(m -> {
			done.add(m.measure());
			assertThat(m.doneOn()).as("a done measure has its date").isBeforeOrEqualTo(clock.instant().atZone(clock.getZone()).toLocalDate());
			assertThat(m.evidence()).isNotBlank();
		});
		HousingPrerequisitePolicy.Decision decision = HousingPrerequisitePolicy.check(done);
		assertThat(decision.allowed()).isFalse();
		assertThat(decision.missing()).containsExactly(PrerequisiteMeasure.SUPPORT_COUNCIL_PARTICIPATION);
		assertThat(form.getValue().measures()).hasSize(5);
		assertThat(form.getValue().activities()).hasSize(3);
	}
}
