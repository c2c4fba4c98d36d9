package jp.kasane.participation;

import java.util.List;

/**
 * Stage of a placement (マッチングの状況): 提案 → 体験 → 利用中 → 定着 → 終了. A placement may skip 体験, and
 * may end from any stage; 終了 is reached only through {@code end} with a reason.
 */
public enum PlacementStatus {
	PROPOSED("提案"), TRIAL("体験"), ACTIVE("利用中"), SETTLED("定着"), ENDED("終了");

	private final String label;

	PlacementStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The stages a placement may move to from this one by a status change (not counting 終了). */
	public List<PlacementStatus> next() {
		return switch (this) {
			case PROPOSED -> List.of(TRIAL, ACTIVE);
			case TRIAL -> List.of(ACTIVE);
			case ACTIVE -> List.of(SETTLED);
			case SETTLED, ENDED -> List.of();
		};
	}

	/** Whether the person takes one of the menu's places in this stage (counts against capacity). */
	public boolean occupies() {
		return this == TRIAL || this == ACTIVE || this == SETTLED;
	}
}
