package jp.kasane.demo;

import java.util.Locale;
import java.util.Random;

/** Fictional phone numbers: mobile (携帯) and Tokyo landline (固定電話). */
final class Phones {

	private static final String[] MOBILE_PREFIXES = { "090", "080", "070" };

	private Phones() {
	}

	static String mobile(Random random) {
		return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + "-" + digits(random, 4) + "-"
				+ digits(random, 4);
	}

	static String landline(Random random) {
		return "03-" + (3 + random.nextInt(4)) + digits(random, 3) + "-" + digits(random, 4);
	}

	private static String digits(Random random, int count) {
		int bound = (int) Math.pow(10, count);
		return String.format(Locale.ROOT, "%0" + count + "d", random.nextInt(bound));
	}
}
