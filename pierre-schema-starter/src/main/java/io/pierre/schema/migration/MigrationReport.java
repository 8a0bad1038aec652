package io.pierre.schema.migration;

import java.time.Duration;

/**
 * What a startup migration did.
 *
 * @param status the schema's state afterwards
 * @param applied how many versions were applied
 * @param duration how long it took, the state checks included
 */
public record MigrationReport(SchemaStatus status, int applied, Duration duration) {

	/**
	 * One line for the log, such as {@code Pierre schema: up to date at 20250120000021 (SQLite 3.50.3)}.
	 * @return the summary
	 */
	public String summary() {
		String version = this.status.currentVersion().map(SchemaVersion::toString).orElse("no version");
		String database = "(" + this.status.database().productName() + " " + this.status.databaseVersion() + ")";
		if (this.applied == 0) {
			return "Pierre schema: up to date at " + version + " " + database;
		}
		return "Pierre schema: applied " + this.applied + ((this.applied == 1) ? " migration" : " migrations") + " in "
				+ this.duration.toMillis() + " ms, now at " + version + " " + database;
	}

}
