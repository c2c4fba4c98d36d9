package jp.kasane.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jp.kasane.IntegrationTest;
import jp.kasane.KasaneApplication;
import jp.kasane.support.Api;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11 item 8: the {@code backup} command copies the running test application, a second application
 * restores it into an empty data folder, and there the data is the same and the audit chain verifies.
 */
class BackupRestoreTest extends IntegrationTest {

	private static final List<String> KEY_TABLES = List.of("tenant", "agency", "app_user", "person", "household",
			"household_member", "consent", "consultation", "support_case", "audit_entry", "audit_chain_head");

	@Autowired
	Environment env;

	@Autowired
	@FlywayDataSource
	DataSource ownerDataSource;

	@Test
	void aBackupOfTheRunningApplicationRestoresIntoAnEmptyDataFolderAndItsAuditChainVerifies(@TempDir Path tmp) {
		Api hokatsu = api("hokatsu");
		String person = hokatsu.post("/api/v1/people", personForm("控取", "復元", "ヒカエトリ", uniqueKana(), "1958-04-01"))
			.json().path("id").asString();
		assertThat(hokatsu.get("/api/v1/people/" + person).status()).isEqualTo(200);
		assertThat(api("kansa").get("/api/v1/audit/verify").json().path("intact").asBoolean()).isTrue();

		Path backup = tmp.resolve("backup");
		String output = backUp(backup);
		assertThat(output).contains("Backed up");
		Manifest manifest = Manifest.read(backup);
		Map<String, Long> backedUp = manifest.tables().stream()
			.collect(Collectors.toMap(Manifest.Table::name, Manifest.Table::rows));
		assertThat(backedUp.get("person")).isPositive();
		assertThat(backedUp.get("audit_entry")).isPositive();

		try (ConfigurableApplicationContext restored = startRestoring(tmp.resolve("restored"), backup)) {
			JdbcClient restoredOwner = JdbcClient.create(restored.getBean("flywayDataSource", DataSource.class));
			for (String table : KEY_TABLES) {
				assertThat(count(restoredOwner, table)).as(table).isEqualTo(backedUp.get(table));
			}
			assertThat(restoredOwner.sql("SELECT max(version::int) FROM flyway_schema_history").query(Integer.class).single())
				.isEqualTo(owner.sql("SELECT max(version::int) FROM flyway_schema_history").query(Integer.class).single());

			int port = Integer.parseInt(restored.getEnvironment().getRequiredProperty("local.server.port"));
			Api.Response read = new Api(port, "hokatsu", PASSWORD).get("/api/v1/people/" + person);
			assertThat(read.status()).isEqualTo(200);
			assertThat(read.body()).contains("控取");
			Api.Response verified = new Api(port, "kansa", PASSWORD).get("/api/v1/audit/verify");
			assertThat(verified.json().path("intact").asBoolean()).as(verified.body()).isTrue();
			assertThat(verified.json().path("entriesChecked").asLong()).isGreaterThan(1);
		}
	}

	@Test
	void aChangedBackupFileIsRefusedBeforeAnythingChanges(@TempDir Path tmp) throws IOException {
		Path backup = tmp.resolve("backup");
		backUp(backup);
		Path people = backup.resolve("tables/person.csv.gz");
		byte[] bytes = Files.readAllBytes(people);
		bytes[bytes.length / 2] ^= 1;
		Files.write(people, bytes);

		try (ConfigurableApplicationContext ignored = startRestoring(tmp.resolve("restored"), backup)) {
			throw new AssertionError("a changed backup was restored");
		}
		catch (RuntimeException refused) {
			assertThat(rootCause(refused)).isInstanceOf(BackupRefused.class)
				.hasMessageContaining("SHA-256 of tables/person.csv.gz does not match");
		}
	}

	@Test
	void aRestoreIntoADatabaseThatIsNotEmptyIsRefusedAndChangesNothing(@TempDir Path tmp) {
		Path backup = tmp.resolve("backup");
		backUp(backup);
		long people = count(owner, "person");
		Flyway running = Flyway.configure().dataSource(ownerDataSource).locations("classpath:db/migration").load();
		RestoreFromBackup restore = new RestoreFromBackup(new RestoreFromBackup.Target(backup, tmp.resolve("checkpoints.jsonl"),
				Path.of(auditFile(BackupSettings.KEY_FILE)), null, false));

		assertThatThrownBy(() -> restore.migrate(running)).isInstanceOf(BackupRefused.class)
			.hasMessageContaining("restored only into an empty data folder");
		assertThat(count(owner, "person")).isEqualTo(people);
		assertThat(tmp.resolve("checkpoints.jsonl")).doesNotExist();
	}

	@Test
	void theBackupIsSignedWithTheAuditKeyKeptApartAndRefusedIfChangedOrTheKeyIsMissing(@TempDir Path tmp) throws IOException {
		Path keyFile = tmp.resolve("secrets/audit-hmac.keys");
		Files.createDirectories(keyFile.getParent());
		Files.writeString(keyFile, "k2025=b2xkLWtleS1vbGQta2V5LW9sZC1rZXktb2xkLWtleQ==\nk2026=bmV3LWtleS1uZXcta2V5LW5ldy1rZXktbmV3LWtleQ==\n");
		Path backup = tmp.resolve("backup");
		String[] args = commandArgs(backup);
		args[args.length - 1] = "--" + BackupSettings.KEY_FILE + "=" + keyFile;
		assertThat(BackupCommand.run(args)).isZero();

		assertThat(Manifest.read(backup).auditKeyIds()).containsExactly("k2025", "k2026");
		assertThat(backup.resolve("keys/audit-hmac.keys")).hasSameTextualContentAs(keyFile);
		assertThat(Files.readString(backup.resolve("keys/README.txt"))).contains("APART");
		assertThat(Files.readString(backup.resolve("manifest.json"))).doesNotContain("bmV3");
		assertThat(Files.readString(backup.resolve(ManifestSignature.FILE))).startsWith("keyId=k2026");

		assertThatThrownBy(() -> restoreInto(backup, tmp.resolve("elsewhere.keys"))).isInstanceOf(BackupRefused.class)
			.hasMessageContaining("audit keys [k2025, k2026] of the backup are not in");

		// Whoever changes a table must fix its hash in the manifest, and cannot sign the manifest again.
		Path people = backup.resolve("tables/person.csv.gz");
		Files.write(people, Files.readAllBytes(backup.resolve("tables/agency.csv.gz")));
		Path manifest = backup.resolve(Manifest.FILE);
		String original = Files.readString(manifest);
		Files.writeString(manifest, original.replace(
				Manifest.read(backup).files().stream().filter(f -> f.path().equals("tables/person.csv.gz")).findFirst().orElseThrow().sha256(),
				Manifest.sha256(people)));
		assertThatThrownBy(() -> restoreInto(backup, keyFile)).isInstanceOf(BackupRefused.class)
			.hasMessageContaining("does not match its signature");
	}

	private void restoreInto(Path backup, Path keyFile) {
		Flyway running = Flyway.configure().dataSource(ownerDataSource).locations("classpath:db/migration").load();
		new RestoreFromBackup(new RestoreFromBackup.Target(backup, backup.resolveSibling("checkpoints.jsonl"), keyFile, null,
				false)).migrate(running);
	}

	@Test
	void theCommandNeedsANewFolder(@TempDir Path tmp) throws IOException {
		assertThat(BackupCommand.run(new String[] { "backup" })).isEqualTo(2);
		Files.writeString(tmp.resolve("something"), "x");
		assertThat(BackupCommand.run(commandArgs(tmp))).isEqualTo(1);
		assertThat(tmp.resolve("manifest.json")).doesNotExist();
	}

	/** Runs the command as an operator would, with the running application's folders. */
	private String backUp(Path to) {
		PrintStream previous = System.out;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			assertThat(BackupCommand.run(commandArgs(to))).isZero();
		}
		finally {
			System.setOut(previous);
		}
		String printed = out.toString(StandardCharsets.UTF_8);
		previous.print(printed);
		return printed;
	}

	private String[] commandArgs(Path to) {
		List<String> args = new ArrayList<>(List.of("backup", "--to", to.toString()));
		args.add("--kasane.embedded-db.data-dir=" + env.getRequiredProperty("kasane.embedded-db.data-dir"));
		args.add("--kasane.embedded-db.secrets-dir=" + secretsDir());
		args.add("--" + BackupSettings.CHECKPOINT_FILE + "=" + auditFile(BackupSettings.CHECKPOINT_FILE));
		args.add("--" + BackupSettings.KEY_FILE + "=" + auditFile(BackupSettings.KEY_FILE));
		return args.toArray(String[]::new);
	}

	/** A second application on a new, empty data folder, with the same audit key, restoring the backup. */
	private ConfigurableApplicationContext startRestoring(Path dataFolder, Path backup) {
		return new SpringApplicationBuilder(KasaneApplication.class).profiles("test").run("--server.port=0",
				"--spring.main.banner-mode=off", "--kasane.embedded-db.data-dir=" + dataFolder.resolve("postgres"),
				"--kasane.embedded-db.secrets-dir=" + dataFolder.resolve("secrets"),
				"--" + BackupSettings.CHECKPOINT_FILE + "=" + dataFolder.resolve("audit/checkpoints.jsonl"),
				"--" + BackupSettings.KEY_FILE + "=" + auditFile(BackupSettings.KEY_FILE),
				"--" + RestoreConfiguration.FROM + "=" + backup);
	}

	private String secretsDir() {
		return env.getProperty("kasane.embedded-db.secrets-dir", "target/backup-test-none/secrets");
	}

	/** The test application's audit file; never the default under ./data, which a local run may be using. */
	private String auditFile(String property) {
		return env.getProperty(property, "target/backup-test-none/" + property);
	}

	private static long count(JdbcClient db, String table) {
		return db.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private static Throwable rootCause(Throwable t) {
		Function<Throwable, Throwable> next = Throwable::getCause;
		Throwable cause = t;
		while (next.apply(cause) != null && !(cause instanceof BackupRefused)) {
			cause = next.apply(cause);
		}
		return cause;
	}
}
