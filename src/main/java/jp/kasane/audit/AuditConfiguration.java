package jp.kasane.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The checkpoint writer runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {
}
