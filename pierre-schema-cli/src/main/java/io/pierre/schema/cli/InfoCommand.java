package io.pierre.schema.cli;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.autoconfigure.PierreDatabaseProperties;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.history.SchemaStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code info}: every version with its state, as {@code sqlx migrate info} lists them; read-only.
 */
@Command(name = "info", sortOptions = false,
		description = "Lists every version with its state, changing and creating nothing.")
final class InfoCommand extends DatabaseCommand {

	@Mixin
	OutputFormat output;

	InfoCommand(CommandContext context) {
		super(context);
	}

	@Override
	JsonDocument newJsonDocument() {
		return this.output.isJson() ? new JsonDocument("info", null) : null;
	}

	@Override
	int run(PierreDatabaseProperties properties) {
		MigrationCatalog catalog = MigrationCatalog.load(this.context.classLoader());
		try (HikariDataSource dataSource = new CommandDataSources(properties).readOnly()) {
			SchemaStatus status = new SchemaMigrators(catalog).create(dataSource, properties).status();
			if (json() != null) {
				json().status(status).print(this.context.out());
			}
			else {
				new MigrationInfoPrinter(this.context.out()).print(status);
			}
		}
		return 0;
	}

}
