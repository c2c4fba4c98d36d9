package jp.kasane.casework;

/**
 * What a 重層的支援会議 decided about a case; each of the four guarded transitions needs the matching
 * decision (invariant 1).
 */
public enum DecisionType {
	PLAN_ADOPTION("プランの採用"), REPLAN("再プラン"), TERMINATION("終結"), SUSPENSION("中断");

	private final String label;

	DecisionType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
