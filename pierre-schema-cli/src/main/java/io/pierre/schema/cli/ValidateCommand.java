package io.pierre.schema.cli;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.autoconfigure.PierreDatabaseProperties;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.history.SchemaStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code validate}: checks that the schema is at its target and as its version says; read-only.
 */
@Command(name = "validate", sortOptions = false,
		description = "Checks that nothing is pending, failed or modified and that the live schema is "
				+ "its version's; exits 1 when not. Changes and creates nothing.")
final class ValidateCommand extends DatabaseCommand {

	@Mixin
	OutputFormat output;

	ValidateCommand(CommandContext context) {
		super(context);
	}

	@Override
	JsonDocument newJsonDocument() {
		return this.output.isJson() ? new JsonDocument("validate", null) : null;
	}

	@Override
	int run(PierreDatabaseProperties properties) {
		MigrationCatalog catalog = MigrationCatalog.load(this.context.classLoader());
		try (HikariDataSource dataSource = new CommandDataSources(properties).readOnly()) {
			SchemaStatus status = new SchemaMigrators(catalog).create(dataSource, properties)
				.validate();
			if (json() != null) {
				json().status(status).print(this.context.out());
				return 0;
			}
			this.context.out()
				.println("Pierre schema: valid at "
						+ status.currentVersion().map(SchemaVersion::toString).orElse("no version") + " ("
						+ status.database().productName() + " " + status.databaseVersion() + ")");
		}
		return 0;
	}

}
