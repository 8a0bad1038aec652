package io.pierre.schema.history;

import java.nio.file.Path;
import java.time.Duration;
import io.pierre.schema.catalog.SchemaVersion;

/**
 * Told what a migration run does as it does it, such as a command line that prints a line per
 * version. Called on the thread that migrates; every method does nothing unless overridden.
 */
public interface MigrationListener {

	/** A listener that does nothing. */
	MigrationListener NONE = new MigrationListener() {
	};

	/**
	 * A SQLite file was backed up before pending versions are applied to it.
	 * @param backup the copy
	 */
	default void backedUp(Path backup) {
	}

	/**
	 * A version starts.
	 * @param version the version
	 * @param description its description
	 */
	default void versionStarted(SchemaVersion version, String description) {
	}

	/**
	 * A version ended, in its transaction, before the commit.
	 * @param version the version
	 * @param description its description
	 * @param duration how long it ran
	 * @param success whether it succeeded; a failed version is rolled back
	 */
	default void versionEnded(SchemaVersion version, String description, Duration duration, boolean success) {
	}

}
