package jp.kasane.demo;

import java.math.BigDecimal;
import java.util.Set;

import jp.kasane.community.CommunityForms;
import jp.kasane.community.CommunityManagement;
import jp.kasane.community.CommunityViews;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.organization.ProgramFactsForm;
import jp.kasane.rules.ChildRearingHubType;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import org.springframework.stereotype.Component;

/**
 * The demo town's facts for the program rules, so that the settings page and the hub pages show answers out of the
 * box: 人口 86,000 (新たな機能分 33,800千円), 18歳未満人口 12,000 (こども家庭センター 小規模B型), 90 サポートプラン, and the
 * numbers of the 地域活動支援センター (Ⅰ型) and the two 地域子育て支援拠点 (一般型 meets, 連携型 falls short on hours).
 */
@Component
class DemoProgramFacts {

	static final int POPULATION = 86_000;
	static final int CHILD_POPULATION = 12_000;

	private final OrganizationManagement organization;
	private final CommunityManagement community;

	DemoProgramFacts(OrganizationManagement organization, CommunityManagement community) {
		this.organization = organization;
		this.community = community;
	}

	void store(TenantId tenant, AgencyId municipal) {
		SystemAuthentication.runAs(tenant, municipal, Set.of(Role.MUNICIPAL_STAFF), () -> {
			organization.updateProgramFacts(new ProgramFactsForm(POPULATION, CHILD_POPULATION, 90,
					organization.programFacts().version()));
			for (CommunityViews.Hub hub : community.hubs()) {
				CommunityForms.HubFacts facts = switch (hub.name()) {
					case "地域活動支援センターひだまり（Ⅰ型）" -> new CommunityForms.HubFacts(new BigDecimal("22"), 4, 2, 2, true, 0,
							null, null, null, null, null, hub.version());
					case "子育てひろば ぽかぽか（一般型）" -> new CommunityForms.HubFacts(null, 2, null, null, null, null,
							ChildRearingHubType.GENERAL, 5, new BigDecimal("5"), 2, null, hub.version());
					case "かさね児童館ひろば（連携型）" -> new CommunityForms.HubFacts(null, 1, null, null, null, null,
							ChildRearingHubType.COOPERATIVE, 3, new BigDecimal("2.5"), 1, null, hub.version());
					default -> null;
				};
				if (facts != null) {
					community.setHubFacts(hub.id(), facts);
				}
			}
		});
	}
}
