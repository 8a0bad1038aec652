package io.pierre.schema.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.history.MigrationListener;

/**
 * Prints a line where a SQLite file was backed up, and as each version starts and ends.
 */
final class ProgressPrinter implements MigrationListener {

	private final PrintWriter out;

	ProgressPrinter(PrintWriter out) {
		this.out = out;
	}

	@Override
	public void backedUp(Path backup) {
		this.out.println("Backed up the database to " + backup);
	}

	@Override
	public void versionStarted(SchemaVersion version, String description) {
		this.out.println(version + " " + description + ": started");
	}

	@Override
	public void versionEnded(SchemaVersion version, String description, Duration duration, boolean success) {
		this.out.println(version + " " + description + ": " + (success ? "done" : "failed") + " in "
				+ duration.toMillis() + " ms");
	}

}
