package io.pierre.schema.cli;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.autoconfigure.PierreDatabaseProperties;
import io.pierre.schema.catalog.MigrationCatalog;
import picocli.CommandLine.Command;

/**
 * {@code repair}: removes the records of failed versions and records the embedded checksums of
 * modified ones; the schema itself is left as it is.
 */
@Command(name = "repair", sortOptions = false,
		description = "Repairs the history table: removes the records of failed versions and records "
				+ "the embedded scripts' checksums for modified ones. The schema itself is left as "
				+ "it is.")
final class RepairCommand extends DatabaseCommand {

	RepairCommand(CommandContext context) {
		super(context);
	}

	@Override
	int run(PierreDatabaseProperties properties) {
		MigrationCatalog catalog = MigrationCatalog.load(this.context.classLoader());
		try (HikariDataSource dataSource = new CommandDataSources(properties).forChanges()) {
			this.context.out()
				.println(new SchemaMigrators(catalog).create(dataSource, properties)
					.repair()
					.summary());
		}
		return 0;
	}

}
