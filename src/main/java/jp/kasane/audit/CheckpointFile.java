package jp.kasane.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jp.kasane.shared.ServiceUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only checkpoint file ({@code kasane.audit.checkpoint-file}, one JSON line per checkpoint),
 * each line signed with the audit key, so that neither the file nor the database can be changed unseen
 * without the other. Every line also goes to the logger {@code kasane.audit.checkpoint} for shipping off
 * the machine. Reading needs no actor: the lines hold ids and MACs only.
 */
@Component
class CheckpointFile {

	private static final Logger log = LoggerFactory.getLogger(CheckpointFile.class);
	private static final Logger shipped = LoggerFactory.getLogger("kasane.audit.checkpoint");

	private final Path file;
	private final AuditKeys keys;
	private final JsonMapper json;

	CheckpointFile(@Value("${kasane.audit.checkpoint-file:./data/audit/checkpoints.jsonl}") Path file, AuditKeys keys,
			JsonMapper json) {
		this.file = file;
		this.keys = keys;
		this.json = json;
	}

	/** Appends one signed line and forces it to disk before returning. */
	synchronized void append(Checkpoint checkpoint) {
		AuditKey key = keys.byId(checkpoint.keyId()).orElseThrow();
		String line = line(checkpoint, ChainMac.ofCheckpoint(key, checkpoint.canonical()));
		try {
			Path dir = file.toAbsolutePath().getParent();
			Files.createDirectories(dir);
			try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
					StandardOpenOption.WRITE)) {
				ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
				while (bytes.hasRemaining()) {
					out.write(bytes);
				}
				out.force(true);
			}
		}
		catch (IOException ex) {
			log.error("Could not append to the audit checkpoint file {}: {}", file.toAbsolutePath(), ex.toString());
			throw new ServiceUnavailable("AUDIT_CHECKPOINT_UNAVAILABLE",
					"監査ログのチェックポイントをファイルに書き込めません。システム管理者に連絡してください", ex);
		}
		shipped.info(line);
	}

	/** What the file says about one tenant, read line by line (memory does not grow with the file). */
	CheckpointScan scan(UUID tenant) {
		CheckpointScan scan = new CheckpointScan();
		read((number, text) -> {
			Parsed parsed = parse(text);
			if (parsed == null) {
				scan.forged(number);
			}
			else if (parsed.checkpoint().tenant().equals(tenant)) {
				if (valid(parsed)) {
					scan.add(parsed.checkpoint());
				}
				else {
					scan.forged(number);
				}
			}
		});
		return scan;
	}

	/** The highest signed checkpoint of every tenant (for the writer, once at start). */
	Map<UUID, Checkpoint> latestOfEveryTenant() {
		Map<UUID, Checkpoint> latest = new HashMap<>();
		read((number, text) -> {
			Parsed parsed = parse(text);
			if (parsed != null && valid(parsed)) {
				latest.merge(parsed.checkpoint().tenant(), parsed.checkpoint(), (a, b) -> b.seq() > a.seq() ? b : a);
			}
			else {
				log.warn("Audit checkpoint file {}: line {} is not a validly signed checkpoint", file.toAbsolutePath(), number);
			}
		});
		return latest;
	}

	Path path() {
		return file;
	}

	private interface LineHandler {
		void line(long number, String text);
	}

	private void read(LineHandler handler) {
		// bytes that are not UTF-8 become U+FFFD, so such a line counts as forged instead of failing the read
		try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
			long number = 0;
			for (String text = in.readLine(); text != null; text = in.readLine()) {
				number++;
				if (!text.isBlank()) {
					handler.line(number, text);
				}
			}
		}
		catch (NoSuchFileException ex) {
			// no checkpoint written yet
		}
		catch (IOException | UncheckedIOException ex) {
			log.error("Could not read the audit checkpoint file {}: {}", file.toAbsolutePath(), ex.toString());
			throw new ServiceUnavailable("AUDIT_CHECKPOINT_UNAVAILABLE",
					"監査ログのチェックポイントファイルを読めないため検証できません。システム管理者に連絡してください", ex);
		}
	}

	private record Parsed(Checkpoint checkpoint, String lineMac) {
	}

	private boolean valid(Parsed parsed) {
		return keys.byId(parsed.checkpoint().keyId())
			.map(key -> ChainMac.same(ChainMac.ofCheckpoint(key, parsed.checkpoint().canonical()), parsed.lineMac()))
			.orElse(false);
	}

	private Parsed parse(String text) {
		try {
			JsonNode node = json.readTree(text);
			JsonNode entryKey = node.path("entryKeyId");
			Checkpoint checkpoint = new Checkpoint(UUID.fromString(node.get("tenant").asString()),
					node.get("seq").asLong(), hex(node.get("mac").asString()),
					entryKey.isNull() ? null : entryKey.asString(), Instant.parse(node.get("at").asString()),
					node.get("keyId").asString());
			return new Parsed(checkpoint, hex(node.get("lineMac").asString()));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String hex(String text) {
		if (!text.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a MAC");
		}
		return text;
	}

	private static String line(Checkpoint c, String lineMac) {
		return "{\"tenant\":\"" + c.tenant() + "\",\"seq\":" + c.seq() + ",\"mac\":\"" + c.mac() + "\",\"entryKeyId\":"
				+ (c.entryKeyId() == null ? "null" : "\"" + c.entryKeyId() + "\"") + ",\"at\":\"" + c.at()
				+ "\",\"keyId\":\"" + c.keyId() + "\",\"lineMac\":\"" + lineMac + "\"}";
	}
}
