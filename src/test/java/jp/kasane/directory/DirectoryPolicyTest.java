package jp.kasane.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import jp.kasane.organization.AgencyKind;
import jp.kasane.shared.Actor;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import jp.kasane.shared.UserId;
import org.junit.jupiter.api.Test;

/** Who maintains the directory and who sees confidential addresses, at the edges of each rule. */
class DirectoryPolicyTest {

	@Test
	void municipalStaffAndTheCommunityBuildingAgencyMaintain() {
		assertThat(DirectoryPolicy.maintainRefusal(actor(Role.MUNICIPAL_STAFF), AgencyKind.MUNICIPAL_DEPARTMENT)).isEmpty();
		assertThat(DirectoryPolicy.maintainRefusal(actor(Role.MUNICIPAL_STAFF), null)).isEmpty();
		assertThat(DirectoryPolicy.maintainRefusal(actor(Role.CASEWORKER), AgencyKind.COMMUNITY_BUILDING)).isEmpty();
		assertThat(DirectoryPolicy.maintainRefusal(actor(Role.COORDINATOR), AgencyKind.COMMUNITY_BUILDING)).isEmpty();
	}

	@Test
	void everyoneElseIsRefusedWithTheReason() {
		assertThat(DirectoryPolicy.maintainRefusal(actor(Role.CASEWORKER), AgencyKind.COMMUNITY_GENERAL_SUPPORT_CENTER))
			.contains(DirectoryPolicy.MAINTAINERS);
		assertThat(DirectoryPolicy.maintainRefusal(actor(Role.CASEWORKER), AgencyKind.PARTICIPATION_SUPPORT)).isPresent();
		assertThat(DirectoryPolicy.maintainRefusal(actor(Role.CASEWORKER), AgencyKind.SOCIAL_WELFARE_COUNCIL)).isPresent();
		assertThat(DirectoryPolicy.maintainRefusal(actor(Role.CASEWORKER), null)).as("unknown agency").isPresent();
		assertThat(DirectoryPolicy.maintainRefusal(actor(Role.SYSTEM_ADMIN), AgencyKind.COMMUNITY_BUILDING))
			.as("an administrator of the agency is not its staff").isPresent();
		assertThat(DirectoryPolicy.maintainRefusal(actor(Role.AUDITOR), AgencyKind.COMMUNITY_BUILDING)).isPresent();
	}

	@Test
	void onlyMunicipalStaffSeeOrChangeConfidentialPlaces() {
		assertThat(DirectoryPolicy.seesConfidentialAddress(actor(Role.MUNICIPAL_STAFF))).isTrue();
		assertThat(DirectoryPolicy.seesConfidentialAddress(actor(Role.COORDINATOR))).isFalse();
		assertThat(DirectoryPolicy.seesConfidentialAddress(actor(Role.CASEWORKER))).isFalse();
		assertThat(DirectoryPolicy.seesConfidentialAddress(actor(Role.SYSTEM_ADMIN))).isFalse();
		assertThat(DirectoryPolicy.confidentialRefusal(actor(Role.CASEWORKER))).contains(DirectoryPolicy.CONFIDENTIAL_MUNICIPAL);
		assertThat(DirectoryPolicy.confidentialRefusal(actor(Role.MUNICIPAL_STAFF))).isEmpty();
	}

	private static Actor actor(Role role) {
		return new Actor(new UserId(UUID.randomUUID()), "u", new TenantId(UUID.randomUUID()), new AgencyId(UUID.randomUUID()),
				Set.of(role));
	}
}
