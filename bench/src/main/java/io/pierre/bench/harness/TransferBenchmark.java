package io.pierre.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.pierre.schema.catalog.MigrationCatalog;

/**
 * Benchmark 4: outgrowing SQLite. A SQLite file at version 20250120000013 holding N users and
 * their rows ({@link UpgradeData}) goes into an empty PostgreSQL database the way a user sends it:
 * the sample app's packaged jar, {@code transfer --from sqlite:... --to postgres://...}, in a fresh
 * JVM with a 256 MB heap. The transfer upgrades the source to the newest version, migrates the
 * target and copies every row in one transaction. Measured: the whole run, its steps (from the
 * output, {@link TransferOutput}), rows per second and the heap ({@link GcLogHeap}). Afterwards
 * every table must hold as many rows in the target as in the source, and each generated table N.
 */
final class TransferBenchmark {

	private static final String DATABASES = "SQLite -> PostgreSQL";

	private final BenchPaths paths;

	private final PostgresServer postgres;

	private final ResultTable table;

	private final ResultTable details;

	private final long users;

	private final Duration limit;

	TransferBenchmark(BenchPaths paths, PostgresServer postgres, ResultTable table, ResultTable details, long users,
			Duration limit) {
		this.paths = paths;
		this.postgres = postgres;
		this.table = table;
		this.details = details;
		this.users = users;
		this.limit = limit;
	}

	void run() {
		// A folder of its own: the transfer backs the source up beside it before upgrading it.
		Path folder = this.paths.file("transfer-" + this.users);
		deleteFolder(folder);
		String targetName = this.postgres.create("transfer_" + this.users);
		try {
			Files.createDirectories(folder);
			Path file = folder.resolve("pierre.db");
			DatabaseTarget source = DatabaseTarget.sqlite(file);
			double fillMillis = fill(source);
			long sourceBytes = SqliteFiles.size(file);
			transfer(file, source, targetName);
			this.details.add(row(": filling the database (setup)", "ms", fillMillis));
			this.details.add(row(": SQLite database size before the transfer", "MB", sourceBytes / 1024.0 / 1024.0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.postgres.drop(targetName);
			deleteFolder(folder);
		}
	}

	private double fill(DatabaseTarget source) {
		System.err.println("transfer, " + this.users + " users: migrating SQLite to " + UpgradeData.FROM_VERSION
				+ " and filling");
		SchemaSetup.migrate(source, UpgradeData.FROM_VERSION);
		long start = System.nanoTime();
		DataPopulator.populate(source, this.users);
		double millis = (System.nanoTime() - start) / 1e6;
		checkGeneratedTables(source);
		return millis;
	}

	private void transfer(Path file, DatabaseTarget source, String targetName) {
		System.err.println("transfer, " + this.users + " users: sample app jar, SQLite -> PostgreSQL");
		String name = "transfer-" + this.users;
		Path gcLog = this.paths.log(name + "-gc");
		List<String> command = new ArrayList<>(List.of(this.paths.java(), "-Xmx256m"));
		command.addAll(GcLogHeap.jvmFlags(gcLog));
		command.addAll(List.of("-jar", this.paths.sampleAppJar().toString(), "transfer", "--from", "sqlite:" + file,
				"--to", postgresUri(targetName)));
		TimedProcess.Result result = TimedProcess.run(command, this.paths.log(name), this.limit);
		if (result.stopped()) {
			System.err.println("the transfer was stopped after " + this.limit.toSeconds() + " s; see "
					+ this.paths.log(name));
			double limitMillis = this.limit.toMillis();
			this.table.add(new ResultRow("transfer", DATABASES, size() + ", sample app jar: STOPPED at the "
					+ this.limit.toSeconds() + " s limit", "ms", 1, limitMillis, limitMillis, limitMillis, "", ""));
			return;
		}
		if (result.exitCode() != 0) {
			throw new IllegalStateException("The transfer failed (exit " + result.exitCode() + "); see "
					+ this.paths.log(name) + "\n" + result.tail());
		}
		TransferOutput output = TransferOutput.parse(result);
		Map<String, Integer> versions = UpgradeHistory.executionTimes(source, UpgradeData.FROM_VERSION);
		check(source, DatabaseTarget.postgres(this.postgres, targetName), output);
		report(result, output, versions, GcLogHeap.read(gcLog));
	}

	/** The target as a user would name it on the command line, credentials included. */
	private String postgresUri(String database) {
		String user = URLEncoder.encode(this.postgres.user(), StandardCharsets.UTF_8);
		String password = this.postgres.password().isEmpty() ? ""
				: ":" + URLEncoder.encode(this.postgres.password(), StandardCharsets.UTF_8);
		return "postgres://" + user + password + "@" + this.postgres.host() + ":" + this.postgres.port() + "/"
				+ database;
	}

	/**
	 * Every table of the newest schema holds as many rows in the target as in the source and as
	 * the command says it copied; each generated table holds one row per user.
	 */
	private void check(DatabaseTarget source, DatabaseTarget target, TransferOutput output) {
		Set<String> tables = MigrationCatalog.load(getClass().getClassLoader()).pierreTables();
		Map<String, Long> inSource = new TreeMap<>(RowCounts.of(source, tables));
		Map<String, Long> inTarget = new TreeMap<>(RowCounts.of(target, tables));
		if (!inSource.equals(inTarget)) {
			throw new IllegalStateException("Row counts differ: source " + inSource + ", target " + inTarget);
		}
		if (!inSource.equals(new TreeMap<>(output.rows()))) {
			throw new IllegalStateException("The transfer reports " + output.rows() + ", the source holds " + inSource);
		}
		long total = inSource.values().stream().mapToLong(Long::longValue).sum();
		if (output.totalRows() != total) {
			throw new IllegalStateException("The transfer reports " + output.totalRows() + " rows, the tables hold "
					+ total);
		}
		checkGeneratedTables(target);
	}

	private void checkGeneratedTables(DatabaseTarget database) {
		RowCounts.of(database, UpgradeData.tables()).forEach((name, count) -> {
			if (count != this.users) {
				throw new IllegalStateException(name + " holds " + count + " rows in " + database.url() + ", expected "
						+ this.users);
			}
		});
	}

	private void report(TimedProcess.Result result, TransferOutput output, Map<String, Integer> versions,
			GcLogHeap heap) {
		double upgradeMillis = versions.values().stream().mapToInt(Integer::intValue).sum();
		double rowsPerSecond = output.totalRows() / (output.copyMillis() / 1000);
		this.table.add(row(", sample app jar (-Xmx256m): process start to exit", "ms", result.wallMillis()));
		this.table.add(row(": upgrading the source 13 -> newest, " + versions.size()
				+ " versions (Flyway execution_time, summed)", "ms", upgradeMillis));
		this.table.add(row(": copying the rows, counts checked, one transaction", "ms", output.copyMillis()));
		this.table.add(row(": rows copied", "rows", output.totalRows()));
		this.table.add(row(": rows per second while copying", "rows/s", rowsPerSecond));
		this.table.add(row(": peak heap (-Xmx256m, GC log)", "MB", heap.peakMegabytes()));
		this.table.add(row(": heap in use after a collection, largest (GC log)", "MB", heap.afterCollectionMegabytes()));
		this.details.add(row(": process start to the source upgraded (output)", "ms", output.sourceUpgradedMillis()));
		this.details.add(row(": migrating the empty target (output)", "ms", output.targetMigrationMillis()));
		this.details.add(row(": the transfer as the command reports it (both migrations and the copy)", "ms",
				output.reportedMillis()));
		this.details.add(row(": rows per second, process start to exit", "rows/s",
				output.totalRows() / (result.wallMillis() / 1000)));
		versions.forEach((version, millis) -> this.details.add(
				row(": upgrading the source, version " + version + " (Flyway execution_time)", "ms", millis)));
	}

	private ResultRow row(String subject, String unit, double value) {
		Samples samples = new Samples();
		samples.add(value);
		return ResultRow.of("transfer", DATABASES, size() + subject, unit, samples);
	}

	private String size() {
		return String.format(Locale.ROOT, "%,d users", this.users);
	}

	private static void deleteFolder(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
			Files.delete(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
