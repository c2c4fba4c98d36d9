package jp.kasane.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the audit MAC keys come from, and how a rotation is read. */
class AuditKeysTest {

	@TempDir
	Path dir;

	@Test
	void aMissingKeyFileIsCreatedWithOneRandomKeyReadableByItsOwnerOnly() throws Exception {
		Path file = dir.resolve("secrets/audit-hmac.keys");
		AuditKeys keys = new AuditKeys("", file);

		assertThat(keys.current().id()).isEqualTo("k1");
		assertThat(keys.current().secret()).hasSize(32);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
		assertThat(new AuditKeys("", file).current().secret()).as("the next start reads the same key")
			.isEqualTo(keys.current().secret());
		assertThat(Files.list(file.getParent())).as("no temporary file left").hasSize(1);
	}

	@Test
	void theLastLineIsTheCurrentKeyAndOlderOnesStayForVerification() throws Exception {
		Path file = dir.resolve("audit-hmac.keys");
		new AuditKeys("", file);
		Files.writeString(file, "k2=" + key(2) + "\n", java.nio.file.StandardOpenOption.APPEND);

		AuditKeys rotated = new AuditKeys("", file);
		assertThat(rotated.current().id()).isEqualTo("k2");
		assertThat(rotated.byId("k1")).isPresent();
		assertThat(rotated.ids()).containsExactly("k1", "k2");
	}

	@Test
	void theEnvironmentVariableTakesPrecedenceOverTheFile() {
		Path file = dir.resolve("never-created.keys");
		AuditKeys keys = new AuditKeys("a=" + key(1) + ",b=" + key(2), file);
		assertThat(keys.current().id()).isEqualTo("b");
		assertThat(Files.exists(file)).isFalse();
	}

	@Test
	void badKeysStopTheStartWithoutPrintingThem() {
		String shortKey = Base64.getEncoder().encodeToString(new byte[8]);
		assertThatThrownBy(() -> new AuditKeys("k1=" + shortKey, dir.resolve("x"))).hasMessageContaining("shorter")
			.hasMessageNotContaining(shortKey);
		assertThatThrownBy(() -> new AuditKeys("k1=!!notbase64!!", dir.resolve("x"))).hasMessageContaining("base64")
			.hasMessageNotContaining("notbase64");
		assertThatThrownBy(() -> new AuditKeys("k1=" + key(1) + "\nk1=" + key(2), dir.resolve("x")))
			.hasMessageContaining("twice");
		assertThat(new AuditKey("k1", new byte[16]).toString()).isEqualTo("AuditKey[k1]");
	}

	private static String key(int fill) {
		byte[] b = new byte[32];
		java.util.Arrays.fill(b, (byte) fill);
		return Base64.getEncoder().encodeToString(b);
	}
}
