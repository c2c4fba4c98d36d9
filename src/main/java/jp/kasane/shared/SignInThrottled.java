package jp.kasane.shared;

import java.time.Duration;

import org.springframework.security.authentication.AccountStatusException;

/**
 * A sign-in attempt refused without checking its password: too many failures from this client address (for this
 * login id, or for any). The page shows the wait in Japanese; the API answers 429 with {@code Retry-After}.
 */
public class SignInThrottled extends AccountStatusException {

	public static final String CODE = "SIGN_IN_THROTTLED";

	private final long retryAfterSeconds;

	public SignInThrottled(Duration wait) {
		super("sign-in throttled");
		this.retryAfterSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
	}

	/** Whole seconds to wait before the next attempt from this address is checked (at least 1). */
	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

	/** The reason and the wait, for the sign-in page and the problem detail. */
	public String japaneseMessage() {
		String wait = retryAfterSeconds < 60 ? retryAfterSeconds + "秒" : ((retryAfterSeconds + 59) / 60) + "分";
		return "ログインの失敗が続いたため、この端末からのログインを一時的に制限しています。" + wait
				+ "ほど待ってから、もう一度お試しください。急ぐ場合はシステム管理者に制限の解除を依頼してください";
	}
}
