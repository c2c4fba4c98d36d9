package jp.kasane.audit;

/** Result of checking a tenant's audit chain from the first entry to the last. */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String reason) {

	static ChainVerification ok(long checked) {
		return new ChainVerification(true, checked, null, "改ざんは検出されませんでした");
	}

	static ChainVerification broken(long checked, long seq, String reason) {
		return new ChainVerification(false, checked, seq, reason);
	}
}
