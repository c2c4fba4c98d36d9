package jp.kasane.platform.backup;

/** A backup or restore that was refused before it changed anything; the message says why and what to do. */
class BackupRefused extends RuntimeException {

	BackupRefused(String message) {
		super(message);
	}
}
