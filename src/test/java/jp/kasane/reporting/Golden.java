package jp.kasane.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.opentest4j.AssertionFailedError;

/**
 * Compares an output with its golden file under {@code src/test/resources/reporting/golden/}. A difference fails with
 * a readable line diff (the bytes decoded in the file's charset). {@code -Dkasane.golden.update=true} rewrites the
 * golden files instead (then review them with {@code git diff} before committing).
 */
final class Golden {

	static final Path DIR = Path.of("src/test/resources/reporting/golden");

	private Golden() {
	}

	static void assertBytes(String name, byte[] actual, Charset charset) {
		Path file = DIR.resolve(name);
		try {
			if (Boolean.getBoolean("kasane.golden.update")) {
				Files.createDirectories(DIR);
				Files.write(file, actual);
				return;
			}
			if (!Files.exists(file)) {
				throw new AssertionFailedError("golden file missing: " + file + " (run with -Dkasane.golden.update=true)");
			}
			byte[] expected = Files.readAllBytes(file);
			if (!Arrays.equals(expected, actual)) {
				throw new AssertionFailedError("output differs from " + file + " (byte-exact comparison)\n"
						+ diff(new String(expected, charset), new String(actual, charset)), new String(expected, charset),
						new String(actual, charset));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void assertText(String name, String actual) {
		assertBytes(name, actual.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The lines that differ, as "- expected" / "+ actual" with their line numbers. */
	static String diff(String expected, String actual) {
		List<String> e = expected.lines().toList();
		List<String> a = actual.lines().toList();
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
			String x = i < e.size() ? e.get(i) : "<none>";
			String y = i < a.size() ? a.get(i) : "<none>";
			if (!x.equals(y)) {
				out.append(String.format("line %d%n- %s%n+ %s%n", i + 1, x, y));
			}
		}
		if (out.isEmpty()) {
			out.append("the lines are equal; the difference is in line endings, a byte order mark or unmappable characters");
		}
		return out.toString();
	}
}
