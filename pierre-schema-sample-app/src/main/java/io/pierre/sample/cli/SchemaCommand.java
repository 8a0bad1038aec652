package io.pierre.sample.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.history.SchemaStatus;
import io.pierre.schema.migration.MigrationReport;
import io.pierre.schema.migration.PierreSchemaMigrator;

/**
 * The schema commands of the command line.
 */
enum SchemaCommand {

	/** Applies what is pending. */
	MIGRATE {
		@Override
		void run(PierreSchemaMigrator migrator, PrintStream out) {
			MigrationReport report = migrator.migrate();
			out.println(report.summary());
		}
	},

	/** Lists every migration with its state. */
	INFO {
		@Override
		void run(PierreSchemaMigrator migrator, PrintStream out) {
			new MigrationInfoPrinter(out).print(migrator.status());
		}
	},

	/** Checks, changing nothing, that nothing is pending, failed or modified. */
	VALIDATE {
		@Override
		void run(PierreSchemaMigrator migrator, PrintStream out) {
			SchemaStatus status = migrator.validate();
			out.println("Pierre schema: valid at "
					+ status.currentVersion().map(SchemaVersion::toString).orElse("no version") + " ("
					+ status.database().productName() + " " + status.databaseVersion() + ")");
		}
	},

	/**
	 * Repairs the history: removes the records of failed versions and records the embedded
	 * scripts' checksums for modified ones. The schema itself is left as it is.
	 */
	REPAIR {
		@Override
		void run(PierreSchemaMigrator migrator, PrintStream out) {
			out.println(migrator.repair().summary());
		}
	};

	abstract void run(PierreSchemaMigrator migrator, PrintStream out);

	static Optional<SchemaCommand> of(String name) {
		return Arrays.stream(values()).filter((command) -> command.name().toLowerCase(Locale.ROOT).equals(name)).findFirst();
	}

}
