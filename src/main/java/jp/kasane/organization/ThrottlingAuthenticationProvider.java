package jp.kasane.organization;

import java.time.Duration;

import jp.kasane.shared.SignInThrottled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a sign-in (form or HTTP Basic) only when its client address may try again: a throttled attempt is refused
 * with {@link SignInThrottled} before the password is hashed. The password check itself is Spring Security's
 * {@link DaoAuthenticationProvider} over {@link AccountDetailsService}. Being the only {@link AuthenticationProvider}
 * bean, it is the one the global authentication manager uses.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(ThrottlingAuthenticationProvider.class);

	private final DaoAuthenticationProvider passwords;
	private final SignInThrottle throttle;
	private final ClientAddress clientAddress;

	ThrottlingAuthenticationProvider(DaoAuthenticationProvider passwords, SignInThrottle throttle,
			ClientAddress clientAddress) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.clientAddress = clientAddress;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		SignInThrottle.Attempt attempt = throttle.begin(authentication.getName(), clientAddress.of(authentication));
		if (attempt.throttled()) {
			SignInThrottled refused = new SignInThrottled(attempt.retryAfter().orElseThrow());
			log.info("Sign-in refused without a password check: throttled for {} s", refused.retryAfterSeconds());
			throw refused;
		}
		Authentication result;
		try {
			result = passwords.authenticate(authentication);
		}
		catch (AuthenticationException ex) {
			throttle.failed(attempt);
			log.info("Failed sign-in recorded");
			throw ex;
		}
		throttle.succeeded(attempt);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	@Configuration(proxyBeanMethods = false)
	static class Wiring {

		@Bean
		ThrottlePolicy throttlePolicy(@Value("${kasane.security.throttle.account-threshold:5}") int accountThreshold,
				@Value("${kasane.security.throttle.address-threshold:50}") int addressThreshold,
				@Value("${kasane.security.throttle.base-delay:1s}") Duration baseDelay,
				@Value("${kasane.security.throttle.max-delay:15m}") Duration maxDelay,
				@Value("${kasane.security.throttle.forget-after:1h}") Duration forgetAfter) {
			return new ThrottlePolicy(accountThreshold, addressThreshold, baseDelay, maxDelay, forgetAfter);
		}

		@Bean
		ThrottlingAuthenticationProvider throttlingAuthenticationProvider(JdbcClient jdbc, PasswordEncoder encoder,
				SignInThrottle throttle, ClientAddress clientAddress) {
			DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new AccountDetailsService(jdbc));
			passwords.setPasswordEncoder(encoder);
			return new ThrottlingAuthenticationProvider(passwords, throttle, clientAddress);
		}
	}
}
