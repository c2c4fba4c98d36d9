package jp.kasane.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every date rule uses: Japan time, whatever the server's zone. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@Bean
	Clock clock() {
		return Clock.system(TOKYO);
	}
}
