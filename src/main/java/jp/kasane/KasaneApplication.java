package jp.kasane;

import jp.kasane.platform.backup.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Kasane (重ね): the shared platform of a municipality's 重層的支援体制整備事業.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class KasaneApplication {

	public static void main(String[] args) {
		if (BackupCommand.handles(args)) {
			System.exit(BackupCommand.run(args));
		}
		SpringApplication.run(KasaneApplication.class, args);
	}
}
