package io.pierre.sample.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.jdbc.DatabaseUrl;
import io.pierre.schema.jdbc.PierreDataSourceFactory;
import io.pierre.schema.transfer.SchemaTransfer;
import io.pierre.schema.transfer.TransferListener;
import io.pierre.schema.transfer.TransferReport;

/**
 * {@code transfer --from <url> --to <url>}: copies a Pierre database into another, typically a
 * SQLite file into PostgreSQL, with progress on the console for large tables.
 */
final class TransferCommand {

	private static final long LARGE_TABLE = 10_000;

	private final PrintStream out;

	TransferCommand(PrintStream out) {
		this.out = out;
	}

	void run(String[] args) {
		Map<String, String> options = options(args);
		DatabaseUrl from = url(options, "--from");
		DatabaseUrl to = url(options, "--to");
		PierreDataSourceFactory factory = new PierreDataSourceFactory(Duration.ofSeconds(10), Duration.ofSeconds(5), "WAL");
		ClassLoader classLoader = getClass().getClassLoader();
		try (HikariDataSource source = factory.create(from); HikariDataSource target = factory.create(to)) {
			TransferReport report = new SchemaTransfer(MigrationCatalog.load(classLoader))
				.transfer(source, target, progress());
			report.rows().forEach((table, rows) -> this.out.println("  " + table + ": " + rows));
			this.out.println("Pierre schema: transferred " + report.totalRows() + " rows of " + report.rows().size()
					+ " tables in " + report.duration().toMillis() + " ms, " + from.jdbcUrl() + " -> " + to.jdbcUrl());
		}
	}

	private TransferListener progress() {
		Map<String, Long> printedTenths = new HashMap<>();
		return (table, copied, total) -> {
			long tenths = copied * 10 / Math.max(total, 1);
			if (total >= LARGE_TABLE && tenths > printedTenths.getOrDefault(table, 0L)) {
				printedTenths.put(table, tenths);
				this.out.printf("  %s: %d of %d rows (%d%%)%n", table, copied, total, tenths * 10);
			}
		};
	}

	private static DatabaseUrl url(Map<String, String> options, String option) {
		String url = options.get(option);
		if (url == null || url.isBlank()) {
			throw new IllegalArgumentException("transfer needs " + option + " <database URL>");
		}
		return DatabaseUrl.parse(option, url, null, null);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			int equals = arg.indexOf('=');
			if (equals > 0) {
				options.put(arg.substring(0, equals), arg.substring(equals + 1));
			}
			else if (i + 1 < args.length) {
				options.put(arg, args[++i]);
			}
		}
		return options;
	}

}
