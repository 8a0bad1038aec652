package io.pierre.schema.cli;

import java.io.PrintWriter;

import io.pierre.schema.history.MigrationInfo;
import io.pierre.schema.history.SchemaStatus;

/**
 * Prints a schema's migrations one line each, as {@code sqlx migrate info} does:
 * {@code <version>/<state> <description>}, with when and how long for applied ones.
 */
final class MigrationInfoPrinter {

	private final PrintWriter out;

	MigrationInfoPrinter(PrintWriter out) {
		this.out = out;
	}

	void print(SchemaStatus status) {
		this.out.println("Pierre schema on " + status.database().productName() + " " + status.databaseVersion()
				+ ", history table " + status.historyTable() + ", newest version " + status.newestVersion());
		for (MigrationInfo migration : status.migrations()) {
			StringBuilder line = new StringBuilder().append(migration.version())
				.append('/')
				.append(migration.state().id())
				.append(' ')
				.append(migration.description());
			if (migration.installedOn() != null) {
				line.append(" (installed ").append(migration.installedOn());
				if (migration.executionTimeMillis() != null) {
					line.append(", ").append(migration.executionTimeMillis()).append(" ms");
				}
				line.append(')');
			}
			this.out.println(line);
		}
	}

}
