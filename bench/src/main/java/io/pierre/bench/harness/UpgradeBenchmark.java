package io.pierre.bench.harness;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.pierre.schema.migration.MigrationCatalog;

/**
 * Benchmark 3: large upgrades. A database at version 20250120000013 holding N users and their rows
 * ({@link UpgradeData}) is upgraded to the newest version by the bench app with the starter, in a
 * fresh JVM with a 256 MB heap that does nothing else: the upgrade's time inside the JVM, the peak
 * heap, and Flyway's execution time of each version. Every run starts from a copy of one filled
 * template; after it, every row must still be there.
 */
final class UpgradeBenchmark {

	static final long MILLION = 1_000_000;

	static final double SQLITE_GOAL_MILLIS = 20_000;

	static final double POSTGRES_GOAL_MILLIS = 5_000;

	static final double HEAP_GOAL_MEGABYTES = 256;

	private final BenchPaths paths;

	private final AppLauncher launcher;

	private final PostgresServer postgres;

	private final ResultTable table;

	private final ResultTable details;

	private final List<Long> userCounts;

	private final int runs;

	UpgradeBenchmark(BenchPaths paths, AppLauncher launcher, PostgresServer postgres, ResultTable table,
			ResultTable details, List<Long> userCounts, int runs) {
		this.paths = paths;
		this.launcher = launcher;
		this.postgres = postgres;
		this.table = table;
		this.details = details;
		this.userCounts = userCounts;
		this.runs = runs;
	}

	void run(Set<String> databases) {
		for (long users : this.userCounts) {
			if (databases.contains("sqlite")) {
				runSqlite(users);
			}
			if (databases.contains("postgresql")) {
				runPostgres(users);
			}
		}
	}

	private void runSqlite(long users) {
		Path template = this.paths.file("upgrade-" + users + "-template.db");
		SqliteFiles.delete(template);
		try {
			DatabaseTarget templateDb = DatabaseTarget.sqlite(template);
			Samples populate = fill(templateDb, users);
			long bytes = SqliteFiles.size(template);
			Measured measured = new Measured();
			for (int run = 0; run < runsFor(users); run++) {
				Path file = this.paths.file("upgrade-" + users + "-run.db");
				SqliteFiles.copy(template, file);
				try {
					measured.add(upgrade(DatabaseTarget.sqlite(file), users, "sqlite-" + users + "-run" + run));
				}
				finally {
					SqliteFiles.delete(file);
				}
			}
			report("SQLite", users, populate, bytes, measured, SQLITE_GOAL_MILLIS);
		}
		finally {
			if (Boolean.getBoolean("bench.keep-sqlite-templates")) {
				System.err.println("kept " + template);
			}
			else {
				SqliteFiles.delete(template);
			}
		}
	}

	private void runPostgres(long users) {
		String template = this.postgres.create("upgrade_" + users + "_template");
		try {
			DatabaseTarget templateDb = DatabaseTarget.postgres(this.postgres, template);
			Samples populate = fill(templateDb, users);
			long bytes = postgresSize(template);
			Measured measured = new Measured();
			for (int run = 0; run < runsFor(users); run++) {
				String database = this.postgres.create("upgrade_" + users + "_run", template);
				try {
					measured.add(upgrade(DatabaseTarget.postgres(this.postgres, database), users,
							"postgresql-" + users + "-run" + run));
				}
				finally {
					this.postgres.drop(database);
				}
			}
			report("PostgreSQL", users, populate, bytes, measured, POSTGRES_GOAL_MILLIS);
		}
		finally {
			this.postgres.drop(template);
		}
	}

	private int runsFor(long users) {
		return (users >= MILLION) ? 1 : this.runs;
	}

	private Samples fill(DatabaseTarget database, long users) {
		System.err.println("upgrade, " + database.kind().productName() + ", " + users + " users: migrating to "
				+ UpgradeData.FROM_VERSION + " and filling");
		SchemaSetup.migrate(database, UpgradeData.FROM_VERSION);
		long start = System.nanoTime();
		DataPopulator.populate(database, users);
		Samples populate = new Samples();
		populate.add((System.nanoTime() - start) / 1e6);
		checkCounts(database, users);
		return populate;
	}

	private Run upgrade(DatabaseTarget database, long users, String name) {
		System.err.println("upgrade, " + database.kind().productName() + ", " + users + " users: upgrading (" + name
				+ ")");
		Path gcLog = this.paths.log("upgrade-" + name + "-gc");
		AppResult result = this.launcher.run(AppVariant.WITH_STARTER, List.of("-Xmx256m", "-Xlog:gc:file=" + gcLog),
				database.pierreDatabaseArgs(), this.paths.log("upgrade-" + name));
		Map<String, Integer> versions = UpgradeHistory.executionTimes(database, UpgradeData.FROM_VERSION);
		String newest = MigrationCatalog.load(getClass().getClassLoader()).newestVersion(database.kind()).toString();
		if (!versions.containsKey(newest)) {
			throw new IllegalStateException(name + " did not reach " + newest + ": " + versions.keySet());
		}
		checkCounts(database, users);
		return new Run(result, versions);
	}

	private static void checkCounts(DatabaseTarget database, long users) {
		DataPopulator.count(database).forEach((table, count) -> {
			if (count != users) {
				throw new IllegalStateException(table + " holds " + count + " rows, expected " + users);
			}
		});
	}

	private void report(String label, long users, Samples populate, long bytes, Measured measured, double goalMillis) {
		String size = String.format(Locale.ROOT, "%,d users", users);
		boolean atMillion = users >= MILLION;
		ResultRow time = ResultRow.of("upgrade", label, size + ": 13 -> newest, inside the JVM", "ms",
				measured.app.stepMillis);
		this.table.add(atMillion ? time.withGoal("< " + (int) (goalMillis / 1000) + " s",
				measured.app.stepMillis.median() < goalMillis) : time);
		ResultRow heap = ResultRow.of("upgrade", label, size + ": peak heap (-Xmx256m)", "MB",
				measured.app.heapPeakMegabytes);
		this.table.add(atMillion ? heap.withGoal("< 256 MB", measured.app.heapPeakMegabytes.max() < HEAP_GOAL_MEGABYTES)
				: heap);
		this.details.add(ResultRow.of("upgrade", label, size + ": process start to context ready", "ms",
				measured.app.wallMillis));
		this.details.add(ResultRow.of("upgrade", label, size + ": filling the database (setup)", "ms", populate));
		Samples megabytes = new Samples();
		megabytes.add(bytes / 1024.0 / 1024.0);
		this.details.add(ResultRow.of("upgrade", label, size + ": database size before the upgrade", "MB", megabytes));
		measured.versions.forEach((version, samples) -> this.details.add(ResultRow.of("upgrade", label,
				size + ": version " + version + " (Flyway execution_time)", "ms", samples)));
	}

	private long postgresSize(String database) {
		try (Connection connection = this.postgres.connect(database); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT pg_database_size(current_database())")) {
			rows.next();
			return rows.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Run(AppResult result, Map<String, Integer> versions) {
	}

	private static final class Measured {

		final AppMeasures app = new AppMeasures();

		final Map<String, Samples> versions = new LinkedHashMap<>();

		void add(Run run) {
			this.app.add(run.result());
			run.versions().forEach((version, millis) -> this.versions.computeIfAbsent(version, (v) -> new Samples())
				.add(millis));
		}

	}

}
