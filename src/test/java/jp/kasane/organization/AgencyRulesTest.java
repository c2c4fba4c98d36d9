package jp.kasane.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Field;
import jp.kasane.shared.TenantId;
import org.junit.jupiter.api.Test;

/** The registration rules of an agency (別添3 3(3)), each with its reason. */
class AgencyRulesTest {

	@Test
	void aCommunityHubNeedsABasicOrIntegratedHubFirst() {
		Agency community = agency(AgencyKind.COMMUNITY_GENERAL_SUPPORT_CENTER, HubType.COMMUNITY, EnumSet.of(Field.ELDERLY));
		assertThat(AgencyRules.violations(community, false)).singleElement().asString().contains("地域型");
		assertThat(AgencyRules.violations(community, true)).isEmpty();
	}

	@Test
	void onlyConsultationHubsCarryAHubType() {
		assertThat(AgencyRules.violations(agency(AgencyKind.SCHOOL, HubType.BASIC, EnumSet.of(Field.CHILDREN)), true))
			.singleElement().asString().contains("拠点の類型");
		assertThat(AgencyRules.violations(agency(AgencyKind.SELF_RELIANCE_CONSULTATION, HubType.INTEGRATED,
				EnumSet.of(Field.LIVELIHOOD)), true)).isEmpty();
	}

	@Test
	void anAgencyServesAtLeastOneField() {
		assertThat(AgencyRules.violations(agency(AgencyKind.NPO, null, EnumSet.noneOf(Field.class)), true))
			.singleElement().asString().contains("分野");
	}

	private static Agency agency(AgencyKind kind, HubType hub, Set<Field> fields) {
		return new Agency(AgencyId.random(), TenantId.random(), "機関", kind, fields, hub, false, null, null, null, true, 0);
	}
}
