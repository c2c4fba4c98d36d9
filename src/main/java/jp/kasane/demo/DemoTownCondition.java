package jp.kasane.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The demo town is loaded when {@code kasane.demo.enabled=true}, or by default on the embedded
 * database only: a server with an external database (production) never gets it unless asked. A start
 * that restores a backup ({@code kasane.restore.from}) never gets it: the town is the backup's.
 */
class DemoTownCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment env = context.getEnvironment();
		if (StringUtils.hasText(env.getProperty("kasane.restore.from"))) {
			return false;
		}
		String enabled = env.getProperty("kasane.demo.enabled");
		if (StringUtils.hasText(enabled)) {
			return Boolean.parseBoolean(enabled.strip());
		}
		return !StringUtils.hasText(env.getProperty("spring.datasource.url"));
	}
}
