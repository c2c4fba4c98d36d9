package jp.kasane.rules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rules as beans, each with the configured choices for the seeds' silent cases. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RuleOptions.class)
class RulesConfiguration {

	@Bean
	PlatformSubsidyRule platformSubsidyRule(RuleOptions options) {
		return new PlatformSubsidyRule(options.platformSubsidy());
	}

	@Bean
	RenkeiSetupSupportRule renkeiSetupSupportRule() {
		return new RenkeiSetupSupportRule();
	}

	@Bean
	NewFunctionBaseRule newFunctionBaseRule() {
		return new NewFunctionBaseRule();
	}

	@Bean
	CostShareRule costShareRule(RuleOptions options) {
		return new CostShareRule(options.costShare());
	}
}
