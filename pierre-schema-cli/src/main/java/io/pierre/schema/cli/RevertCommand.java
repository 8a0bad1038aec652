package io.pierre.schema.cli;

import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.autoconfigure.PierreDatabaseProperties;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.migration.PierreSchemaMigrator;
import io.pierre.schema.migration.RevertReport;
import io.pierre.schema.revert.DataLoss;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code revert}: undoes applied versions with their down scripts, the newest only unless told
 * a target version to go back to.
 */
@Command(name = "revert", sortOptions = false,
		description = "Undoes applied versions with their down scripts: the newest applied one, or "
				+ "every one above --target-version. Versions whose undoing drops data need "
				+ "--discard-data.")
final class RevertCommand extends DatabaseCommand {

	@Option(names = "--target-version", paramLabel = "VERSION",
			description = "The version to go back to; the versions above it are undone.")
	String targetVersion;

	@Option(names = "--dry-run",
			description = "Print the down scripts and history deletions that would run, and change nothing.")
	boolean dryRun;

	@Option(names = "--discard-data", description = "Allow undoing versions that drop data "
			+ "(pierre.database.revert.discard-data=true).")
	boolean discardData;

	@Mixin
	OutputFormat output;

	RevertCommand(CommandContext context) {
		super(context);
	}

	@Override
	JsonDocument newJsonDocument() {
		return changeDocument(this.output, this.dryRun, "revert", "reverted");
	}

	@Override
	void setProperties(Map<String, String> properties) {
		if (this.discardData) {
			setProperty(properties, "pierre.database.revert.discard-data", "true", "--discard-data");
		}
	}

	@Override
	int run(PierreDatabaseProperties properties) {
		MigrationCatalog catalog = MigrationCatalog.load(this.context.classLoader());
		CommandDataSources dataSources = new CommandDataSources(properties);
		if (this.dryRun) {
			try (HikariDataSource dataSource = dataSources.readOnly()) {
				PierreSchemaMigrator migrator = new SchemaMigrators(catalog)
					.create(dataSource, properties);
				new RevertScript(this.context.classLoader(), properties.toMigrationSettings().historyTable())
					.print(migrator, this.targetVersion, this.context.out());
			}
			return 0;
		}
		try (HikariDataSource dataSource = dataSources.forChanges()) {
			PierreSchemaMigrator migrator = new SchemaMigrators(catalog)
				.create(dataSource, properties);
			if (json() != null) {
				RevertReport report = migrator.revert(this.targetVersion, json());
				json().put("discarded", report.reverted()
					.stream()
					.flatMap((version) -> version.discarded().stream())
					.map(DataLoss::describe)
					.toList())
					.put("durationMillis", report.duration().toMillis())
					.status(report.status())
					.print(this.context.out());
				return 0;
			}
			RevertReport report = migrator.revert(this.targetVersion, new ProgressPrinter(this.context.out()));
			this.context.out().println(report.summary());
		}
		return 0;
	}

}
