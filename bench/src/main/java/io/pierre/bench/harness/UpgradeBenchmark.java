package io.pierre.bench.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.pierre.schema.migration.MigrationCatalog;

/**
 * Benchmark 3: large upgrades. A database at version 20250120000013 holding N users and their rows
 * ({@link UpgradeData}) is upgraded to the newest version by the bench app with the starter, in a
 * fresh JVM with a 256 MB heap that does nothing else: the upgrade's time inside the JVM, the peak
 * heap, and Flyway's execution time of each version. On SQLite, plain Boot Flyway upgrades the same
 * database too, for comparison. Every run starts from a copy of one filled template (the last one
 * from the template itself); after it, every row must still be there.
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

	private final Duration limit;

	UpgradeBenchmark(BenchPaths paths, AppLauncher launcher, PostgresServer postgres, ResultTable table,
			ResultTable details, List<Long> userCounts, int runs, Duration limit) {
		this.paths = paths;
		this.launcher = launcher;
		this.postgres = postgres;
		this.table = table;
		this.details = details;
		this.userCounts = userCounts;
		this.runs = runs;
		this.limit = limit;
	}

	void run(Set<String> databases) {
		for (long users : this.userCounts) {
			if (databases.contains("sqlite")) {
				// Plain Boot Flyway as well below a million users; at a million it would double the
				// longest part of the run (a copy of the database and a second upgrade).
				List<UpgradeCase> cases = (users < MILLION) ? List.of(starter(), new UpgradeCase(
						"plain Boot Flyway (same scripts, WAL, no foreign key check)", "flyway", AppVariant.BOOT_FLYWAY,
						UpgradeBenchmark::bootFlywayArgs)) : List.of(starter());
				run(new SqliteCopies(this.paths, users), users, SQLITE_GOAL_MILLIS, cases);
			}
			if (databases.contains("postgresql")) {
				run(new PostgresCopies(this.postgres, users), users, POSTGRES_GOAL_MILLIS, List.of(starter()));
			}
		}
	}

	/**
	 * One way of upgrading.
	 *
	 * @param label how the table names it
	 * @param name a short name for file names
	 * @param variant the app's class path
	 * @param args the app's arguments for a database
	 */
	private record UpgradeCase(String label, String name, AppVariant variant,
			Function<DatabaseTarget, List<String>> args) {
	}

	private static UpgradeCase starter() {
		return new UpgradeCase("starter (pierre.database.url)", "starter", AppVariant.WITH_STARTER,
				DatabaseTarget::pierreDatabaseArgs);
	}

	private static List<String> bootFlywayArgs(DatabaseTarget database) {
		// The journal mode that the starter gives the SQLite files it opens, so that the two differ
		// by the runner alone: the starter's foreign key check and connection handling.
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + database.url() + "?journal_mode=WAL"));
		args.addAll(FlywayArgs.of(database.kind()));
		return args;
	}

	private void run(DatabaseCopies copies, long users, double goalMillis, List<UpgradeCase> cases) {
		DatabaseTarget template = copies.createTemplate();
		try {
			Samples populate = fill(template, users);
			long bytes = copies.size(template);
			Map<UpgradeCase, Measured> measured = new LinkedHashMap<>();
			cases.forEach((c) -> measured.put(c, new Measured()));
			int runs = runsFor(users);
			for (int run = 0; run < runs; run++) {
				for (int i = 0; i < cases.size(); i++) {
					UpgradeCase c = cases.get((run + i) % cases.size());
					String name = template.kind().id() + "-" + users + "-" + c.name() + "-run" + run;
					if (run == runs - 1 && i == cases.size() - 1) {
						// The last upgrade: the filled database itself rather than a copy of it.
						measured.get(c).add(upgrade(c, template, users, name));
						continue;
					}
					DatabaseTarget copy = copies.copy(template);
					try {
						measured.get(c).add(upgrade(c, copy, users, name));
					}
					finally {
						copies.dispose(copy);
					}
				}
			}
			String label = template.kind().productName();
			for (UpgradeCase c : cases) {
				report(label, users, c, c == cases.get(0), measured.get(c), goalMillis);
			}
			reportSetup(label, users, populate, bytes);
		}
		finally {
			copies.disposeTemplate(template);
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

	private Run upgrade(UpgradeCase c, DatabaseTarget database, long users, String name) {
		System.err.println("upgrade, " + database.kind().productName() + ", " + users + " users: " + c.label());
		Path gcLog = this.paths.log("upgrade-" + name + "-gc");
		AppResult result;
		try {
			result = this.launcher.run(c.variant(), List.of("-Xmx256m", "-Xlog:gc:file=" + gcLog),
					c.args().apply(database), this.paths.log("upgrade-" + name), this.limit);
		}
		catch (AppLauncher.TimeLimitExceeded ex) {
			System.err.println(ex.getMessage());
			return new Run(null, Map.of());
		}
		Map<String, Integer> versions = UpgradeHistory.executionTimes(database, UpgradeData.FROM_VERSION);
		String newest = MigrationCatalog.load(getClass().getClassLoader()).newestVersion(database.kind()).toString();
		if (!versions.containsKey(newest)) {
			throw new IllegalStateException(name + " did not reach " + newest + ": " + versions.keySet());
		}
		checkCounts(database, users);
		return new Run(result, versions);
	}

	private static void checkCounts(DatabaseTarget database, long users) {
		RowCounts.of(database, UpgradeData.tables()).forEach((table, count) -> {
			if (count != users) {
				throw new IllegalStateException(table + " holds " + count + " rows, expected " + users);
			}
		});
	}

	private void report(String label, long users, UpgradeCase c, boolean withGoals, Measured measured,
			double goalMillis) {
		String size = String.format(Locale.ROOT, "%,d users", users);
		boolean goals = withGoals && users >= MILLION;
		if (measured.stopped > 0) {
			double limitMillis = this.limit.toMillis();
			ResultRow stopped = new ResultRow("upgrade", label, size + ", " + c.label() + ": 13 -> newest, STOPPED at the "
					+ this.limit.toSeconds() + " s limit in " + measured.stopped + " of the runs", "ms",
					measured.stopped + measured.app.stepMillis.count(), limitMillis, limitMillis, Double.NaN, "", "");
			this.table.add(goals ? stopped.withGoal("< " + (int) (goalMillis / 1000) + " s", false) : stopped);
			if (measured.app.stepMillis.isEmpty()) {
				return;
			}
		}
		ResultRow time = ResultRow.of("upgrade", label, size + ", " + c.label() + ": 13 -> newest, inside the JVM",
				"ms", measured.app.stepMillis);
		this.table.add(goals ? time.withGoal("< " + (int) (goalMillis / 1000) + " s",
				measured.app.stepMillis.median() < goalMillis) : time);
		ResultRow heap = ResultRow.of("upgrade", label, size + ", " + c.label() + ": peak heap (-Xmx256m)", "MB",
				measured.app.heapPeakMegabytes);
		this.table.add(goals ? heap.withGoal("< 256 MB", measured.app.heapPeakMegabytes.max() < HEAP_GOAL_MEGABYTES)
				: heap);
		this.details.add(ResultRow.of("upgrade", label, size + ", " + c.label() + ": process start to context ready",
				"ms", measured.app.wallMillis));
		measured.versions.forEach((version, samples) -> this.details.add(ResultRow.of("upgrade", label,
				size + ", " + c.label() + ": version " + version + " (Flyway execution_time)", "ms", samples)));
	}

	private void reportSetup(String label, long users, Samples populate, long bytes) {
		String size = String.format(Locale.ROOT, "%,d users", users);
		this.details.add(ResultRow.of("upgrade", label, size + ": filling the database (setup)", "ms", populate));
		Samples megabytes = new Samples();
		megabytes.add(bytes / 1024.0 / 1024.0);
		this.details.add(ResultRow.of("upgrade", label, size + ": database size before the upgrade", "MB", megabytes));
	}

	private record Run(AppResult result, Map<String, Integer> versions) {
	}

	private static final class Measured {

		final AppMeasures app = new AppMeasures();

		final Map<String, Samples> versions = new LinkedHashMap<>();

		int stopped;

		void add(Run run) {
			if (run.result() == null) {
				this.stopped++;
				return;
			}
			this.app.add(run.result());
			run.versions().forEach((version, millis) -> this.versions.computeIfAbsent(version, (v) -> new Samples())
				.add(millis));
		}

	}

}
