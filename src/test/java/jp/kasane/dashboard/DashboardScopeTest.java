package jp.kasane.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import jp.kasane.shared.Actor;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import jp.kasane.shared.UserId;
import org.junit.jupiter.api.Test;

/** Who sees which dashboards: the town, their own agency's work, or none. */
class DashboardScopeTest {

	private static final AgencyId AGENCY = new AgencyId(UUID.randomUUID());

	private static Actor actor(Role... roles) {
		return new Actor(new UserId(UUID.randomUUID()), "u", new TenantId(UUID.randomUUID()), AGENCY, Set.of(roles));
	}

	@Test
	void municipalStaffAndCoordinatorsSeeTheWholeTown() {
		assertThat(DashboardScope.of(actor(Role.MUNICIPAL_STAFF), "市").orElseThrow().townWide()).isTrue();
		assertThat(DashboardScope.of(actor(Role.COORDINATOR), "センター").orElseThrow().label()).isEqualTo("市全体");
		assertThat(DashboardScope.of(actor(Role.CASEWORKER, Role.MUNICIPAL_STAFF), "市").orElseThrow().townWide())
			.as("the wider role wins").isTrue();
	}

	@Test
	void aCaseworkerSeesTheirOwnAgencysWork() {
		DashboardScope scope = DashboardScope.of(actor(Role.CASEWORKER), "北部包括").orElseThrow();
		assertThat(scope.agency()).contains(AGENCY);
		assertThat(scope.label()).startsWith("北部包括の分");
	}

	@Test
	void auditorsAndAdministratorsHaveNone() {
		assertThat(DashboardScope.of(actor(Role.AUDITOR), "市")).isEmpty();
		assertThat(DashboardScope.of(actor(Role.SYSTEM_ADMIN), "市")).isEmpty();
	}
}
