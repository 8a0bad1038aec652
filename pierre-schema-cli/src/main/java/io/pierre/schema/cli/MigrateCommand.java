package io.pierre.schema.cli;

import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.autoconfigure.PierreDatabaseProperties;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.migration.MigrationReport;
import io.pierre.schema.migration.PierreSchemaMigrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code migrate} ({@code run}): applies the pending versions, a line per version; with
 * {@code --dry-run}, prints the SQL that would apply them and changes nothing.
 */
@Command(name = "migrate", aliases = "run", sortOptions = false,
		description = "Applies the pending versions up to the target version (default: the newest), "
				+ "printing a line as each starts and ends, and where a SQLite file was backed up.")
final class MigrateCommand extends DatabaseCommand {

	@Option(names = "--target-version", paramLabel = "VERSION",
			description = "The last version to apply (pierre.database.target).")
	String targetVersion;

	@Option(names = "--dry-run",
			description = "Print the versions that would run and the complete SQL that would apply them, "
				+ "history rows included, and change nothing.")
	boolean dryRun;

	@Mixin
	OutputFormat output;

	MigrateCommand(CommandContext context) {
		super(context);
	}

	@Override
	JsonDocument newJsonDocument() {
		return changeDocument(this.output, this.dryRun, "migrate", "applied");
	}

	@Override
	void setProperties(Map<String, String> properties) {
		if (this.targetVersion != null) {
			setProperty(properties, "pierre.database.target", this.targetVersion, "--target-version");
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
				new MigrationScript(catalog, this.context.classLoader(), properties).print(migrator, dataSource,
						this.context.out());
			}
			return 0;
		}
		try (HikariDataSource dataSource = dataSources.forChanges()) {
			PierreSchemaMigrator migrator = new SchemaMigrators(catalog)
				.create(dataSource, properties);
			if (json() != null) {
				MigrationReport report = migrator.migrate(json());
				json().put("durationMillis", report.duration().toMillis()).status(report.status()).print(this.context.out());
				return 0;
			}
			MigrationReport report = migrator.migrate(new ProgressPrinter(this.context.out()));
			this.context.out().println(report.summary());
		}
		return 0;
	}

}
