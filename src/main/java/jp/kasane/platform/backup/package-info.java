/**
 * Backup and restore (バックアップ・リストア) of a Kasane: the {@code backup} command and the restore on start
 * ({@code --kasane.restore.from}). Only {@link jp.kasane.platform.backup.BackupCommand} is public, for the
 * application's {@code main}.
 */
@org.springframework.modulith.NamedInterface("backup")
package jp.kasane.platform.backup;
