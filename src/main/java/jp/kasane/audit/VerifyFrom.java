package jp.kasane.audit;

import jp.kasane.shared.InvalidField;

/** Where a verification starts: the first entry, or the last checkpoint the database still matches. */
public enum VerifyFrom {
	GENESIS, CHECKPOINT;

	/** {@code genesis} or {@code checkpoint} (any case); nothing means genesis. */
	public static VerifyFrom parse(String text) {
		if (text == null || text.isBlank()) {
			return GENESIS;
		}
		for (VerifyFrom value : values()) {
			if (value.name().equalsIgnoreCase(text.strip())) {
				return value;
			}
		}
		throw new InvalidField("from", "検証の開始位置は genesis（最初から）か checkpoint（最後のチェックポイントから）を指定してください");
	}
}
