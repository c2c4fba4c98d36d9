package jp.kasane.platform;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when {@code spring.datasource.url} names an external PostgreSQL. */
class ExternalDatabase extends NoExternalDatabase {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !super.matches(context, metadata);
	}
}
