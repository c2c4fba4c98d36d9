package jp.kasane.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The demo town is loaded when {@code kasane.demo.enabled=true}, or by default on the embedded
 * database only: a server with an external database (production) never gets it unless asked.
 */
class DemoTownCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment env = context.getEnvironment();
		String enabled = env.getProperty("kasane.demo.enabled");
		if (StringUtils.hasText(enabled)) {
			return Boolean.parseBoolean(enabled.strip());
		}
		return !StringUtils.hasText(env.getProperty("spring.datasource.url"));
	}
}
