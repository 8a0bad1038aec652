package io.pierre.schema.migration;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.history.SchemaStatus;

/**
 * What a startup migration did.
 *
 * @param status the schema's state afterwards
 * @param applied how many versions were applied
 * @param duration how long it took, the state checks included
 * @param backup the copy of the SQLite file made before migrating, or {@code null} for none
 */
public record MigrationReport(SchemaStatus status, int applied, Duration duration, Path backup) {

	/**
	 * A report of a run that made no backup.
	 * @param status the schema's state afterwards
	 * @param applied how many versions were applied
	 * @param duration how long it took
	 */
	public MigrationReport(SchemaStatus status, int applied, Duration duration) {
		this(status, applied, duration, null);
	}

	/**
	 * The copy of the database made before migrating.
	 * @return the backup's path, empty when none was made
	 */
	public Optional<Path> backupFile() {
		return Optional.ofNullable(this.backup);
	}

	/**
	 * One line for the log, such as {@code Pierre schema: up to date at 20250120000021 (SQLite 3.50.3)}.
	 * @return the summary
	 */
	public String summary() {
		Optional<SchemaVersion> current = this.status.currentVersion();
		String version = current.isPresent() ? current.get().toString() : "no version";
		String database = "(" + this.status.database().productName() + " " + this.status.databaseVersion() + ")";
		if (this.applied == 0) {
			return "Pierre schema: up to date at " + version + " " + database;
		}
		return "Pierre schema: applied " + this.applied + ((this.applied == 1) ? " migration" : " migrations") + " in "
				+ this.duration.toMillis() + " ms, now at " + version + " " + database
				+ ((this.backup != null) ? "; the database as it was before is backed up at " + this.backup : "");
	}

}
