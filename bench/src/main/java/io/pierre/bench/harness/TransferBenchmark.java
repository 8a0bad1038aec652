package io.pierre.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
 * <p>
 * With a baseline jar (another commit's sample app), each run transfers a fresh copy of the same
 * filled file with each jar, the order alternating from run to run, so that both meet the same
 * load; the results give each jar's figures and the ratio of their medians.
 */
final class TransferBenchmark {

	private static final String DATABASES = "SQLite -> PostgreSQL";

	private static final String ROWS_PER_SECOND = ": rows per second while copying";

	private static final String COPY = ": copying the rows, counts checked, one transaction";

	private final BenchPaths paths;

	private final PostgresServer postgres;

	private final ResultTable table;

	private final ResultTable details;

	private final long users;

	private final int runs;

	private final List<SampleAppJar> jars;

	private final Duration limit;

	TransferBenchmark(BenchPaths paths, PostgresServer postgres, ResultTable table, ResultTable details, long users,
			int runs, List<SampleAppJar> jars, Duration limit) {
		this.paths = paths;
		this.postgres = postgres;
		this.table = table;
		this.details = details;
		this.users = users;
		this.runs = runs;
		this.jars = List.copyOf(jars);
		this.limit = limit;
	}

	void run() {
		// A folder of its own: the transfer backs its source up beside it before upgrading it.
		Path folder = this.paths.file("transfer-" + this.users);
		deleteFolder(folder);
		try {
			Files.createDirectories(folder);
			Path template = folder.resolve("template.db");
			double fillMillis = fill(DatabaseTarget.sqlite(template));
			long sourceBytes = SqliteFiles.size(template);
			Map<SampleAppJar, TransferMeasures> measures = new LinkedHashMap<>();
			this.jars.forEach((jar) -> measures.put(jar, new TransferMeasures()));
			for (int run = 1; run <= this.runs; run++) {
				List<SampleAppJar> order = new ArrayList<>(this.jars);
				if (run % 2 == 0) {
					Collections.reverse(order);
				}
				for (SampleAppJar jar : order) {
					transfer(template, folder.resolve("run"), jar, run, measures.get(jar));
				}
			}
			report(measures);
			this.details.add(row(": filling the database (setup)", "ms", fillMillis));
			this.details.add(row(": SQLite database size before the transfer", "MB", sourceBytes / 1024.0 / 1024.0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
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

	private void transfer(Path template, Path folder, SampleAppJar jar, int run, TransferMeasures measures)
			throws IOException {
		System.err.println("transfer, " + this.users + " users, run " + run + " of " + this.runs + ": " + jar.label()
				+ " sample app jar, SQLite -> PostgreSQL");
		deleteFolder(folder);
		Files.createDirectories(folder);
		Path file = folder.resolve("pierre.db");
		SqliteFiles.copy(template, file);
		String name = "transfer-" + this.users + "-" + jar.label().replaceAll("[^A-Za-z0-9.]+", "-") + "-" + run;
		String targetName = this.postgres.create("transfer_" + this.users + "_" + run);
		try {
			DatabaseTarget source = DatabaseTarget.sqlite(file);
			Path gcLog = this.paths.log(name + "-gc");
			List<String> command = new ArrayList<>(List.of(this.paths.java(), "-Xmx256m"));
			command.addAll(GcLogHeap.jvmFlags(gcLog));
			command.addAll(List.of("-jar", jar.jar().toString(), "transfer", "--from", "sqlite:" + file, "--to",
					postgresUri(targetName)));
			TimedProcess.Result result = TimedProcess.run(command, this.paths.log(name), this.limit);
			if (result.stopped()) {
				System.err.println("the transfer was stopped after " + this.limit.toSeconds() + " s; see "
						+ this.paths.log(name));
				measures.stopped++;
				return;
			}
			if (result.exitCode() != 0) {
				throw new IllegalStateException("The transfer failed (exit " + result.exitCode() + "); see "
						+ this.paths.log(name) + "\n" + result.tail());
			}
			TransferOutput output = TransferOutput.parse(result);
			Map<String, Integer> versions = UpgradeHistory.executionTimes(source, UpgradeData.FROM_VERSION);
			check(source, DatabaseTarget.postgres(this.postgres, targetName), output);
			measure(measures, result, output, versions, GcLogHeap.read(gcLog));
		}
		finally {
			this.postgres.drop(targetName);
			deleteFolder(folder);
		}
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

	private void measure(TransferMeasures measures, TimedProcess.Result result, TransferOutput output,
			Map<String, Integer> versions, GcLogHeap heap) {
		double upgradeMillis = versions.values().stream().mapToInt(Integer::intValue).sum();
		measures.add(", sample app jar (-Xmx256m): process start to exit", "ms", result.wallMillis());
		measures.add(": upgrading the source 13 -> newest, " + versions.size()
				+ " versions (Flyway execution_time, summed)", "ms", upgradeMillis);
		measures.add(COPY, "ms", output.copyMillis());
		measures.add(": rows copied", "rows", output.totalRows());
		measures.add(ROWS_PER_SECOND, "rows/s", output.totalRows() / (output.copyMillis() / 1000));
		measures.add(": peak heap (-Xmx256m, GC log)", "MB", heap.peakMegabytes());
		measures.add(": heap in use after a collection, largest (GC log)", "MB", heap.afterCollectionMegabytes());
		measures.addDetail(": process start to the source upgraded (output)", "ms", output.sourceUpgradedMillis());
		measures.addDetail(": migrating the empty target (output)", "ms", output.targetMigrationMillis());
		measures.addDetail(": the transfer as the command reports it (both migrations and the copy)", "ms",
				output.reportedMillis());
		measures.addDetail(": rows per second, process start to exit", "rows/s",
				output.totalRows() / (result.wallMillis() / 1000));
		versions.forEach((version, millis) -> measures
			.addDetail(": upgrading the source, version " + version + " (Flyway execution_time)", "ms", millis));
	}

	private void report(Map<SampleAppJar, TransferMeasures> measures) {
		measures.forEach((jar, measured) -> {
			String prefix = size() + ((this.jars.size() > 1) ? " [" + jar.label() + "]" : "");
			if (measured.stopped > 0) {
				double limitMillis = this.limit.toMillis();
				this.table.add(new ResultRow("transfer", DATABASES, prefix + ", sample app jar: STOPPED at the "
						+ this.limit.toSeconds() + " s limit", "runs", measured.stopped, limitMillis, limitMillis,
						limitMillis, "", ""));
			}
			measured.forEach((subject, measure) -> this.table
				.add(ResultRow.of("transfer", DATABASES, prefix + subject, measure.unit(), measure.samples())));
			measured.forEachDetail((subject, measure) -> this.details
				.add(ResultRow.of("transfer", DATABASES, prefix + subject, measure.unit(), measure.samples())));
		});
		if (this.jars.size() > 1) {
			TransferMeasures current = measures.get(this.jars.get(0));
			TransferMeasures baseline = measures.get(this.jars.get(1));
			ratio(ROWS_PER_SECOND, current.samples(ROWS_PER_SECOND), baseline.samples(ROWS_PER_SECOND));
			ratio(COPY, baseline.samples(COPY), current.samples(COPY));
		}
	}

	/** How many times better this tree's jar did than the baseline, as a ratio of the medians. */
	private void ratio(String subject, Samples numerator, Samples denominator) {
		if (numerator.isEmpty() || denominator.isEmpty()) {
			return;
		}
		Samples ratio = new Samples();
		ratio.add(numerator.median() / denominator.median());
		this.table.add(ResultRow.of("transfer", DATABASES,
				size() + subject + ", " + this.jars.get(0).label() + " against " + this.jars.get(1).label()
						+ " (times better, ratio of the medians)",
				"x", ratio));
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
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
