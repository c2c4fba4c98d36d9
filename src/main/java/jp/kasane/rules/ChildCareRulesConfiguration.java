package jp.kasane.rules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The 001 別記 rules (こども家庭センター, 利用者支援事業, 地域子育て支援拠点, 地域活動支援センター) as beans. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChildCareRuleOptions.class)
class ChildCareRulesConfiguration {

	@Bean
	ChildCenterStaffingRule childCenterStaffingRule() {
		return new ChildCenterStaffingRule();
	}

	@Bean
	AbuseResponseSpecialistRule abuseResponseSpecialistRule(ChildCareRuleOptions options) {
		return new AbuseResponseSpecialistRule(options);
	}

	@Bean
	SupportPlanAssistantRule supportPlanAssistantRule(ChildCareRuleOptions options) {
		return new SupportPlanAssistantRule(options);
	}

	@Bean
	UserSupportAddOnRule userSupportAddOnRule(ChildCareRuleOptions options) {
		return new UserSupportAddOnRule(options);
	}

	@Bean
	ChildRearingHubStandardRule childRearingHubStandardRule() {
		return new ChildRearingHubStandardRule();
	}

	@Bean
	CommunityActivityCenterTypeRule communityActivityCenterTypeRule(ChildCareRuleOptions options) {
		return new CommunityActivityCenterTypeRule(options);
	}
}
