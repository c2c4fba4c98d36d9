package jp.kasane.audit;

import java.util.List;

/**
 * Result of checking a tenant's audit chain (ハッシュチェーン検証): from the first entry ({@code genesis})
 * or from the last checkpoint that the database still matches ({@code checkpoint}).
 *
 * @param intact            no problem found
 * @param entriesChecked    entries whose MAC (or old hash) was recomputed
 * @param firstBrokenSeq    the first entry that does not fit, if one can be named
 * @param reason            the first problem, in Japanese (or that none was found)
 * @param problems          every problem found, in Japanese
 * @param from              {@code genesis} or {@code checkpoint}
 * @param startSeq          first seq checked
 * @param keyIds            key ids of the checked entries
 * @param legacyEntries     checked entries from before keyed MACs (旧形式)
 * @param checkpoint        the latest checkpoint of the file compared with the database, if any
 * @param forgedCheckpointLines checkpoint lines whose signature does not hold
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String reason,
		List<String> problems, String from, long startSeq, List<String> keyIds, long legacyEntries,
		CheckpointComparison checkpoint, long forgedCheckpointLines) {

	/** The checkpoint compared and whether the database still holds its entry with the same MAC. */
	public record CheckpointComparison(long seq, String mac, String keyId, java.time.Instant at, boolean matches) {

		/** Time of the checkpoint in Japan time, for pages. */
		public String atText() {
			return AuditEntry.TEXT.format(at);
		}
	}
}
