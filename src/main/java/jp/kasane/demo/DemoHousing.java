package jp.kasane.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.kasane.housing.ActivityStatus;
import jp.kasane.housing.HousingForms;
import jp.kasane.housing.HousingManagement;
import jp.kasane.housing.PrerequisiteMeasure;
import jp.kasane.housing.SetupActivity;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import org.springframework.stereotype.Component;

/**
 * The demo town's 居住継続支援 checklist: four of the five prerequisite measures (別添5 4(2)①) are in
 * place and the fifth — the outreach and participation operators joining the 居住支援協議会 — is still
 * being arranged, because those two operators have only just started. So the demo shows the rule
 * that matters most here: the function is refused, everywhere, naming what is missing, and signing
 * in as {@code shiyakusho} and ticking the fifth measure opens it.
 */
@Component
class DemoHousing {

	private final HousingManagement housing;
	private final Clock clock;

	DemoHousing(HousingManagement housing, Clock clock) {
		this.housing = housing;
		this.clock = clock;
	}

	void store(TenantId tenant, AgencyId municipal) {
		LocalDate today = LocalDate.now(clock);
		HousingForms.PrerequisitesForm form = new HousingForms.PrerequisitesForm(0, List.of(
				new HousingForms.MeasureForm(PrerequisiteMeasure.HOUSING_SUPPORT_WORKER, true, today.minusMonths(19),
						"かさね市くらしサポートセンター（自立相談支援機関）に住まい支援員1名を配置（配置辞令）"),
				new HousingForms.MeasureForm(PrerequisiteMeasure.HOUSING_DEPARTMENT_LINKAGE, true, today.minusMonths(14),
						"福祉政策課と住宅課の居住支援連携会議を毎月開催（庁内連携要領）"),
				new HousingForms.MeasureForm(PrerequisiteMeasure.COMMUNITY_HOUSING_SUPPORT, true, today.minusMonths(8),
						"地域居住支援事業を社会福祉協議会に委託して実施（委託契約書）"),
				new HousingForms.MeasureForm(PrerequisiteMeasure.SUPPORT_CORPORATION_LINKAGE, true, today.minusMonths(5),
						"居住支援法人 NPO法人すまいるかさね と連携協定を締結（協定書）"),
				new HousingForms.MeasureForm(PrerequisiteMeasure.SUPPORT_COUNCIL_PARTICIPATION, false, null,
						"アウトリーチ支援室つなぐ・参加支援ステーションみちくさの居住支援協議会への加入を調整中（次回総会で承認予定）")),
				List.of(new HousingForms.ActivityForm(SetupActivity.RESOURCE_MAPPING, ActivityStatus.IN_PROGRESS,
						"協力的な不動産店と見守りに使える地域資源の把握を開始"),
						new HousingForms.ActivityForm(SetupActivity.NETWORK_BUILDING, ActivityStatus.NOT_STARTED, null),
						new HousingForms.ActivityForm(SetupActivity.SKILLS_DEVELOPMENT, ActivityStatus.NOT_STARTED, null)));
		SystemAuthentication.runAs(tenant, municipal, Set.of(Role.MUNICIPAL_STAFF), () -> housing.updatePrerequisites(form));
	}
}
