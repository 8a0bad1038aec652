package io.pierre.schema.safety;

/**
 * Whether and how many backups the starter keeps of a SQLite database file before it changes the
 * file. PostgreSQL databases are never backed up by the starter: a copy worth restoring from is a
 * {@code pg_dump}, which needs the operator's storage and retention.
 *
 * @param enabled whether to back up before changing the schema
 * @param keep how many backups of one database file to keep, at least 1 when enabled
 */
public record BackupPolicy(boolean enabled, int keep) {

	/** How many backups are kept unless told otherwise. */
	public static final int DEFAULT_KEEP = 3;

	public BackupPolicy {
		if (enabled && keep < 1) {
			throw new IllegalArgumentException("A backup policy must keep at least one backup");
		}
	}

	/**
	 * Backups on, keeping the default number.
	 * @return the policy
	 */
	public static BackupPolicy defaults() {
		return new BackupPolicy(true, DEFAULT_KEEP);
	}

	/**
	 * No backups.
	 * @return the policy
	 */
	public static BackupPolicy disabled() {
		return new BackupPolicy(false, 0);
	}

}
