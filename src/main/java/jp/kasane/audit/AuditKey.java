package jp.kasane.audit;

import java.util.regex.Pattern;

/** One secret key of the audit MAC, named by the id stored with every entry made with it. */
record AuditKey(String id, byte[] secret) {

	static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");

	/** Below 128 bits a key could be guessed; generated keys have 256. */
	static final int MIN_BYTES = 16;

	AuditKey {
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("audit key id must match " + ID.pattern() + ": " + id);
		}
		if (secret.length < MIN_BYTES) {
			throw new IllegalArgumentException("audit key " + id + " is shorter than " + MIN_BYTES + " bytes");
		}
		secret = secret.clone();
	}

	@Override
	public byte[] secret() {
		return secret.clone();
	}

	/** Never prints the secret. */
	@Override
	public String toString() {
		return "AuditKey[" + id + "]";
	}
}
