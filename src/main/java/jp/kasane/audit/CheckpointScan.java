package jp.kasane.audit;

/**
 * One tenant's view of the checkpoint file: the signed checkpoint with the highest seq (the one a
 * deleted tail cannot pass), the highest one taken while the head was still an old unkeyed entry,
 * and the first line whose signature does not hold.
 */
final class CheckpointScan {

	private Checkpoint latest;
	private Checkpoint latestLegacy;
	private Long conflictSeq;
	private Long firstForgedLine;
	private long forgedLines;

	void add(Checkpoint c) {
		if (latest != null && c.seq() == latest.seq() && !c.mac().equals(latest.mac())) {
			conflictSeq = c.seq();
		}
		if (latest == null || c.seq() > latest.seq()) {
			latest = c;
		}
		if (c.entryKeyId() == null && (latestLegacy == null || c.seq() > latestLegacy.seq())) {
			latestLegacy = c;
		}
	}

	void forged(long line) {
		forgedLines++;
		if (firstForgedLine == null) {
			firstForgedLine = line;
		}
	}

	Checkpoint latest() {
		return latest;
	}

	Checkpoint latestLegacy() {
		return latestLegacy;
	}

	/** A seq that two signed lines give different MACs (only the key holder could have written both). */
	Long conflictSeq() {
		return conflictSeq;
	}

	Long firstForgedLine() {
		return firstForgedLine;
	}

	long forgedLines() {
		return forgedLines;
	}
}
