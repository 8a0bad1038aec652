package io.pierre.schema.cli;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.autoconfigure.PierreDatabaseProperties;
import io.pierre.schema.catalog.MigrationCatalog;
import picocli.CommandLine.Command;

/**
 * {@code info}: every version with its state, as {@code sqlx migrate info} lists them; read-only.
 */
@Command(name = "info", sortOptions = false,
		description = "Lists every version with its state, changing and creating nothing.")
final class InfoCommand extends DatabaseCommand {

	InfoCommand(CommandContext context) {
		super(context);
	}

	@Override
	int run(PierreDatabaseProperties properties) {
		MigrationCatalog catalog = MigrationCatalog.load(this.context.classLoader());
		try (HikariDataSource dataSource = new CommandDataSources(properties).readOnly()) {
			new MigrationInfoPrinter(this.context.out())
				.print(new SchemaMigrators(catalog).create(dataSource, properties).status());
		}
		return 0;
	}

}
