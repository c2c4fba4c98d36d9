package jp.kasane.platform.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar kasane.jar backup --to <folder> [--property=value ...]}: backs up the running Kasane
 * found through the same properties the application uses. It starts no web server and no database.
 */
public final class BackupCommand {

	private BackupCommand() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && args[0].equals("backup");
	}

	/** Runs the command and returns the process exit code (0 done, 1 refused or failed, 2 usage). */
	public static int run(String[] args) {
		Path to = null;
		List<String> properties = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals("--to") && i + 1 < args.length) {
				to = Path.of(args[++i]);
			}
			else if (args[i].startsWith("--to=")) {
				to = Path.of(args[i].substring("--to=".length()));
			}
			else {
				properties.add(args[i]);
			}
		}
		if (to == null) {
			System.err.println("Usage: java -jar kasane.jar backup --to <new folder> [--kasane.embedded-db.data-dir=...]");
			return 2;
		}
		try (ConfigurableApplicationContext settingsOnly = new SpringApplicationBuilder(SettingsOnly.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(properties.toArray(String[]::new))) {
			Backup.Result result = Backup.take(BackupSettings.from(settingsOnly.getEnvironment()), to,
					Clock.system(ZoneId.of("Asia/Tokyo")));
			result.notes().forEach(System.out::println);
			System.out.printf("Backed up %d tables (%d rows, schema version %s) to %s: %.1f MB in %.1f s%n",
					result.manifest().tables().size(), result.rows(), result.manifest().schemaVersion(),
					result.dir().toAbsolutePath(), result.bytes() / 1e6, result.took().toMillis() / 1e3);
			return 0;
		}
		catch (BackupRefused ex) {
			System.err.println("Backup refused: " + ex.getMessage());
			return 1;
		}
		catch (Exception ex) {
			System.err.println("Backup failed: " + ex);
			return 1;
		}
	}

	/** Resolves the application's properties without any of its beans (not a component: nothing scans it in). */
	static class SettingsOnly {
	}
}
