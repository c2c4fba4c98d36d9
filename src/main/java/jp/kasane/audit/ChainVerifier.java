package jp.kasane.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import jp.kasane.audit.ChainVerification.CheckpointComparison;

/**
 * Checks a tenant's entries one at a time, in seq order, keeping only the previous MAC: memory does
 * not grow with the log. Rules, each giving its reason:
 * <ul>
 * <li>seq has no gap, and each entry names the previous entry's MAC;</li>
 * <li>a keyed entry's MAC is the HMAC under its key id; an old unkeyed entry's hash is its SHA-256;</li>
 * <li>old unkeyed entries come only before every keyed one, and count only when a keyed entry after them
 * (whose MAC covers their last hash) or a signed checkpoint of them vouches for them: a chain recomputed
 * without a key is therefore refused even if no checkpoint is left;</li>
 * <li>the database still holds the latest checkpoint's entry with the same MAC (a deleted tail or
 * rewritten chain is seen), and no checkpoint line has a wrong signature.</li>
 * </ul>
 */
final class ChainVerifier {

	private final UUID tenant;
	private final AuditKeys keys;
	private final CheckpointScan checkpoints;
	private final List<String> problems = new ArrayList<>();
	private final TreeSet<String> keyIds = new TreeSet<>();
	private final String from;
	private final long startSeq;

	private String expectedPrev;
	private long expectedSeq;
	private boolean keyedSeen;
	private Long unanchoredLegacyFrom;
	private Long firstBroken;
	private Boolean latestMatches;
	private boolean legacyCheckpointMatches;
	private long lastSeq;
	private String lastHash;
	private long checked;
	private long legacy;

	ChainVerifier(UUID tenant, AuditKeys keys, CheckpointScan checkpoints, Checkpoint start) {
		this.tenant = tenant;
		this.keys = keys;
		this.checkpoints = checkpoints;
		this.from = start == null ? "genesis" : "checkpoint";
		this.expectedPrev = start == null ? ChainHash.GENESIS : start.mac();
		this.expectedSeq = start == null ? 1 : start.seq() + 1;
		this.startSeq = expectedSeq;
		this.keyedSeen = start != null && start.entryKeyId() != null;
		this.lastSeq = expectedSeq - 1;
		this.lastHash = expectedPrev;
		this.legacyCheckpointMatches = start != null && start.entryKeyId() == null && start.equals(checkpoints.latestLegacy());
	}

	long nextSeq() {
		return expectedSeq;
	}

	void accept(ChainRow e) {
		checked++;
		if (firstBroken == null) {
			String problem = problemOf(e);
			if (problem != null) {
				broken(e.seq(), problem);
			}
		}
		compareWithCheckpoints(e);
		expectedPrev = e.hash();
		expectedSeq = e.seq() + 1;
		lastSeq = e.seq();
		lastHash = e.hash();
	}

	private String problemOf(ChainRow e) {
		if (e.seq() != expectedSeq) {
			return "連番が欠けています（" + expectedSeq + " があるべき位置に " + e.seq() + "）";
		}
		if (!e.prevHash().equals(expectedPrev)) {
			return "直前の記録とのつながり（prev_hash）が一致しません";
		}
		if (e.legacy()) {
			legacy++;
			if (keyedSeen) {
				return "鍵のない旧形式の記録が鍵付きの記録の後にあります（鍵を使わない書き換えの疑い）";
			}
			if (!ChainHash.of(tenant, e).equals(e.hash())) {
				return "記録の内容がハッシュ値と一致しません（書き換えの疑い）";
			}
			if (unanchoredLegacyFrom == null) {
				unanchoredLegacyFrom = e.seq();
			}
			return null;
		}
		keyIds.add(e.keyId());
		AuditKey key = keys.byId(e.keyId()).orElse(null);
		if (key == null) {
			return "鍵ID「" + e.keyId() + "」の鍵がありません（鍵の紛失か、偽造の疑い）";
		}
		if (!ChainMac.same(ChainMac.of(key, tenant, e), e.hash())) {
			return "記録の内容が鍵付きハッシュ（MAC）と一致しません（書き換えの疑い）";
		}
		// this entry's MAC covers the last old hash: the old entries before it are vouched for
		keyedSeen = true;
		unanchoredLegacyFrom = null;
		return null;
	}

	private void compareWithCheckpoints(ChainRow e) {
		Checkpoint latest = checkpoints.latest();
		if (latest != null && e.seq() == latest.seq()) {
			latestMatches = e.hash().equals(latest.mac()) && java.util.Objects.equals(e.keyId(), latest.entryKeyId());
		}
		Checkpoint legacyCheckpoint = checkpoints.latestLegacy();
		if (legacyCheckpoint != null && e.seq() == legacyCheckpoint.seq() && e.legacy()
				&& e.hash().equals(legacyCheckpoint.mac())) {
			legacyCheckpointMatches = true;
		}
	}

	/** The result once every entry has been seen, given the database's own head row. */
	ChainVerification finish(long headSeq, String headHash) {
		if (firstBroken == null && (headSeq != lastSeq || !headHash.equals(lastHash))) {
			broken(lastSeq + 1, "チェーンの先頭（audit_chain_head）が最後の記録と一致しません（末尾の削除の疑い）");
		}
		checkLegacyAnchored();
		CheckpointComparison comparison = compareLatestCheckpoint();
		if (checkpoints.conflictSeq() != null) {
			broken(checkpoints.conflictSeq(), "チェックポイントファイルに同じ連番（#" + checkpoints.conflictSeq() + "）で異なる値の行があります");
		}
		if (checkpoints.forgedLines() > 0) {
			problems.add("チェックポイントファイルの " + checkpoints.firstForgedLine() + " 行目ほか計 " + checkpoints.forgedLines()
					+ " 行の署名が一致しません（ファイルの偽造・改変の疑い）");
		}
		boolean intact = problems.isEmpty();
		return new ChainVerification(intact, checked, firstBroken, intact ? "改ざんは検出されませんでした" : problems.get(0),
				List.copyOf(problems), from, startSeq, List.copyOf(keyIds), legacy, comparison, checkpoints.forgedLines());
	}

	/** Old unkeyed entries at the end of the chain need a signed checkpoint of exactly that end. */
	private void checkLegacyAnchored() {
		if (unanchoredLegacyFrom == null) {
			return;
		}
		Checkpoint legacyCheckpoint = checkpoints.latestLegacy();
		boolean vouched = legacyCheckpointMatches && legacyCheckpoint.seq() == lastSeq;
		if (!vouched) {
			broken(legacyCheckpointMatches ? legacyCheckpoint.seq() + 1 : unanchoredLegacyFrom,
					"鍵のない旧形式の記録を裏付ける鍵付きの記録もチェックポイントもありません（鍵を使わないチェーン再計算の疑い）");
		}
	}

	private CheckpointComparison compareLatestCheckpoint() {
		Checkpoint latest = checkpoints.latest();
		if (latest == null) {
			return null;
		}
		boolean matches;
		if (latest.seq() > lastSeq) {
			matches = false;
			broken(lastSeq + 1, "チェックポイント（#" + latest.seq() + "）の記録がデータベースにありません（末尾 "
					+ (latest.seq() - lastSeq) + " 件以上の削除の疑い）");
		}
		else {
			// a verification that started at this checkpoint compared it before reading on
			matches = latest.seq() == startSeq - 1 || Boolean.TRUE.equals(latestMatches);
			if (!matches) {
				broken(latest.seq(), "チェックポイント（#" + latest.seq() + "）の鍵付きハッシュがデータベースの記録と一致しません（チェーンの書き換えの疑い）");
			}
		}
		return new CheckpointComparison(latest.seq(), latest.mac(), latest.entryKeyId(), latest.at(), matches);
	}

	private void broken(long seq, String problem) {
		if (firstBroken == null) {
			firstBroken = seq;
		}
		problems.add(problem);
	}
}
