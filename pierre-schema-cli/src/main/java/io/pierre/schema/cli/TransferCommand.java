package io.pierre.schema.cli;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.jdbc.DatabaseUrl;
import io.pierre.schema.jdbc.JdbcUrls;
import io.pierre.schema.jdbc.PierreDataSourceFactory;
import io.pierre.schema.migration.MigrationReport;
import io.pierre.schema.transfer.SchemaTransfer;
import io.pierre.schema.transfer.TransferListener;
import io.pierre.schema.transfer.TransferReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code transfer --from <url> --to <url>}: copies a Pierre database into another, typically a
 * SQLite file into PostgreSQL, with progress for large tables.
 */
@Command(name = "transfer", sortOptions = false,
		description = "Copies every row of a Pierre database into another, typically a SQLite file into "
				+ "PostgreSQL, after bringing both to the newest version. Refuses a target that "
				+ "holds rows.")
final class TransferCommand implements Callable<Integer> {

	private static final long LARGE_TABLE = 10_000;

	private final CommandContext context;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
	boolean help;

	@Option(names = "--from", required = true, paramLabel = "URL", description = "The database to copy.")
	String from;

	@Option(names = "--to", required = true, paramLabel = "URL", description = "The database to copy into.")
	String to;

	TransferCommand(CommandContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		DatabaseUrl source = DatabaseUrl.parse("--from", this.from, null, null);
		DatabaseUrl target = DatabaseUrl.parse("--to", this.to, null, null);
		PierreDataSourceFactory factory = new PierreDataSourceFactory(Duration.ofSeconds(10), Duration.ofSeconds(5),
				"WAL");
		ClassLoader classLoader = this.context.classLoader();
		try (HikariDataSource sourceData = factory.create(source); HikariDataSource targetData = factory.create(target)) {
			TransferReport report = new SchemaTransfer(MigrationCatalog.load(classLoader))
				.transfer(sourceData, targetData, progress());
			report.rows().forEach((table, rows) -> this.context.out().println("  " + table + ": " + rows));
			this.context.out()
				.println("Pierre schema: transferred " + report.totalRows() + " rows of " + report.rows().size()
						+ " tables in " + report.duration().toMillis() + " ms, " + JdbcUrls.redact(source.jdbcUrl())
						+ " -> " + JdbcUrls.redact(target.jdbcUrl()));
		}
		return 0;
	}

	private TransferListener progress() {
		Map<String, Long> printedTenths = new HashMap<>();
		return new TransferListener() {

			@Override
			public void migrated(String database, MigrationReport report) {
				TransferCommand.this.context.out().println("The " + database + ": " + report.summary());
			}

			@Override
			public void copied(String table, long copied, long total) {
				long tenths = copied * 10 / Math.max(total, 1);
				if (total >= LARGE_TABLE && tenths > printedTenths.getOrDefault(table, 0L)) {
					printedTenths.put(table, tenths);
					TransferCommand.this.context.out()
						.printf("  %s: %d of %d rows (%d%%)%n", table, copied, total, tenths * 10);
				}
			}

		};
	}

}
