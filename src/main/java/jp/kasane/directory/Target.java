package jp.kasane.directory;

import java.util.Arrays;
import java.util.Optional;

/** Whom a place is for (対象); the code is also the HSDS taxonomy term code. */
public enum Target {
	EVERYONE("誰でも"),
	ELDERLY("高齢"),
	DISABILITY("障害"),
	CHILDREN("子ども・子育て"),
	LIVING_HARDSHIP("生活困窮"),
	MULTI_GENERATION("多世代");

	private final String label;

	Target(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** By code ({@code CHILDREN}) or Japanese label ({@code 子ども・子育て}). */
	static Optional<Target> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.strip();
		return Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(t) || v.label.equals(t)).findFirst();
	}
}
