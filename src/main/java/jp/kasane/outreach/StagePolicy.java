package jp.kasane.outreach;

/**
 * May the relationship stage (関係性の段階) move from one stage to another? Forward moves need what
 * the stage means to be on record: 接触 and beyond a contact made, 相談につながる a consent of the
 * person, 支援へ a consent and a linked 多機関協働 case. Moving back is allowed and flagged, so that
 * the history shows it; a closed record does not move.
 */
final class StagePolicy {

	/**
	 * What the decision needs to know about the record: {@code contactMade} whether an attempt reached the
	 * person on or before the day of the change.
	 */
	record Facts(Stage current, boolean closed, boolean contactMade, boolean consented, boolean caseLinked) {
	}

	/** The answer: allowed (and whether it is a move back), or denied with a code and the reason. */
	sealed interface Decision {

		record Allowed(boolean backwards) implements Decision {
		}

		record Denied(String code, String reason) implements Decision {
		}
	}

	private StagePolicy() {
	}

	static Decision decide(Facts facts, Stage target) {
		if (facts.closed()) {
			return new Decision.Denied("OUTREACH_CLOSED", "終了したアウトリーチの段階は変更できません");
		}
		if (target == facts.current()) {
			return new Decision.Denied("STAGE_UNCHANGED", "すでに「" + target.label() + "」の段階です");
		}
		if (target.compareTo(Stage.CONTACTED) >= 0 && !facts.contactMade()) {
			return new Decision.Denied("CONTACT_REQUIRED",
					"「" + target.label() + "」にするには、本人に接触できた働きかけの記録が必要です");
		}
		if (target.compareTo(Stage.CONSULTING) >= 0 && !facts.consented()) {
			return new Decision.Denied("CONSENT_REQUIRED",
					"「" + target.label() + "」にするには、本人の同意（アウトリーチ事業者を共有先に含むもの）の記録が必要です");
		}
		if (target == Stage.SUPPORT && !facts.caseLinked()) {
			return new Decision.Denied("CASE_REQUIRED", "「支援へ」にするには、多機関協働の事例へのつなぎ（事例の紐づけ）が必要です");
		}
		return new Decision.Allowed(target.compareTo(facts.current()) < 0);
	}
}
