package jp.kasane.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The verification rules on chains built in memory: rotation, old unkeyed entries, checkpoints. */
class ChainVerifierTest {

	private static final UUID TENANT = UUID.randomUUID();
	private static final AuditKey K1 = new AuditKey("k1", bytes(1));
	private static final AuditKey K2 = new AuditKey("k2", bytes(2));

	@Test
	void aChainSignedBeforeAndAfterARotationVerifiesWithBothKeys() {
		List<ChainRow> chain = chain(K1, K1, K2, K2);
		ChainVerification result = verify(new AuditKeys(List.of(K1, K2)), chain, new CheckpointScan(), null);
		assertThat(result.intact()).isTrue();
		assertThat(result.keyIds()).containsExactly("k1", "k2");
		assertThat(result.entriesChecked()).isEqualTo(4);
	}

	@Test
	void anEntryWhoseKeyIsGoneIsReported() {
		ChainVerification result = verify(new AuditKeys(List.of(K2)), chain(K1, K2), new CheckpointScan(), null);
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(1);
		assertThat(result.reason()).contains("k1");
	}

	@Test
	void oldUnkeyedEntriesAreAnchoredByTheFirstKeyedEntryAfterThem() {
		ChainVerification result = verify(new AuditKeys(List.of(K1)), chain(null, null, null, K1), new CheckpointScan(), null);
		assertThat(result.intact()).isTrue();
		assertThat(result.legacyEntries()).isEqualTo(3);
	}

	@Test
	void oldUnkeyedEntriesAloneNeedASignedCheckpointOfTheirLastEntry() {
		List<ChainRow> legacy = chain(null, null, null);
		assertThat(verify(new AuditKeys(List.of(K1)), legacy, new CheckpointScan(), null).firstBrokenSeq()).isEqualTo(1);

		CheckpointScan sealed = new CheckpointScan();
		sealed.add(checkpoint(legacy.get(2)));
		assertThat(verify(new AuditKeys(List.of(K1)), legacy, sealed, null).intact()).isTrue();

		CheckpointScan early = new CheckpointScan();
		early.add(checkpoint(legacy.get(1)));
		ChainVerification appendedWithoutKey = verify(new AuditKeys(List.of(K1)), legacy, early, null);
		assertThat(appendedWithoutKey.intact()).isFalse();
		assertThat(appendedWithoutKey.firstBrokenSeq()).isEqualTo(3);
	}

	@Test
	void anUnkeyedEntryAfterAKeyedOneIsRefused() {
		ChainVerification result = verify(new AuditKeys(List.of(K1)), chain(K1, null), new CheckpointScan(), null);
		assertThat(result.firstBrokenSeq()).isEqualTo(2);
		assertThat(result.reason()).contains("旧形式");
	}

	@Test
	void verificationFromACheckpointChecksOnlyTheEntriesAfterIt() {
		List<ChainRow> chain = chain(K1, K1, K1, K1, K1);
		CheckpointScan scan = new CheckpointScan();
		Checkpoint third = checkpoint(chain.get(2));
		scan.add(third);
		ChainVerification result = verify(new AuditKeys(List.of(K1)), chain.subList(3, 5), scan, third);
		assertThat(result.intact()).isTrue();
		assertThat(result.from()).isEqualTo("checkpoint");
		assertThat(result.startSeq()).isEqualTo(4);
		assertThat(result.entriesChecked()).isEqualTo(2);
		assertThat(result.checkpoint().matches()).isTrue();
	}

	@Test
	void aCheckpointBeyondTheLastEntryMeansADeletedTail() {
		List<ChainRow> chain = chain(K1, K1, K1, K1, K1);
		CheckpointScan scan = new CheckpointScan();
		scan.add(checkpoint(chain.get(4)));
		ChainVerification result = verify(new AuditKeys(List.of(K1)), chain.subList(0, 3), scan, null);
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(4);
		assertThat(result.reason()).contains("削除");
		assertThat(result.checkpoint().matches()).isFalse();
	}

	private static ChainVerification verify(AuditKeys keys, List<ChainRow> rows, CheckpointScan scan, Checkpoint start) {
		ChainVerifier verifier = new ChainVerifier(TENANT, keys, scan, start);
		rows.forEach(verifier::accept);
		ChainRow last = rows.get(rows.size() - 1);
		return verifier.finish(last.seq(), last.hash());
	}

	/** A chain with one entry per key given ({@code null}: an old unkeyed entry). */
	private static List<ChainRow> chain(AuditKey... keys) {
		List<ChainRow> rows = new ArrayList<>();
		String prev = ChainHash.GENESIS;
		for (AuditKey key : keys) {
			long seq = rows.size() + 1;
			ChainRow unsigned = new ChainRow(seq, Instant.parse("2026-12-01T00:00:00Z").plusSeconds(seq), UUID.randomUUID(),
					"user" + seq, UUID.randomUUID(), "READ", "PERSON", "r" + seq, null, "MUNICIPAL_ROLE", prev, null,
					key == null ? null : key.id());
			String hash = key == null ? ChainHash.of(TENANT, unsigned) : ChainMac.of(key, TENANT, unsigned);
			rows.add(new ChainRow(seq, unsigned.at(), unsigned.userId(), unsigned.username(), unsigned.agencyId(),
					unsigned.action(), unsigned.recordType(), unsigned.recordId(), null, unsigned.basis(), prev, hash,
					unsigned.keyId()));
			prev = hash;
		}
		return rows;
	}

	private static Checkpoint checkpoint(ChainRow row) {
		return new Checkpoint(TENANT, row.seq(), row.hash(), row.keyId(), Instant.now(), "k1");
	}

	private static byte[] bytes(int fill) {
		byte[] b = new byte[32];
		java.util.Arrays.fill(b, (byte) fill);
		return b;
	}
}
