package io.pierre.bench.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.jdbc.DatabaseKind;

/**
 * Benchmark 3: large upgrades. A database at version 20250120000013 holding N users and their rows
 * ({@link UpgradeData}) is upgraded to the newest version by the bench app with the starter, in a
 * fresh JVM with a 256 MB heap that does nothing else: the upgrade's time inside the JVM, the peak
 * heap, and Flyway's execution time of each version; on SQLite, where the starter backs the file up
 * first by default, the backup's time from its log line, and so the upgrade alone. Below a million
 * users plain Boot Flyway upgrades the same SQLite database too, for comparison. On both databases the floor: the database's own
 * shell running the same scripts, one transaction per version, nothing else. Every run starts from
 * a copy of one filled template (the last one from the template itself); after it, every row must
 * still be there.
 */
final class UpgradeBenchmark {

	static final long MILLION = 1_000_000;

	static final double SQLITE_GOAL_MILLIS = 20_000;

	static final double POSTGRES_GOAL_MILLIS = 5_000;

	static final double HEAP_GOAL_MEGABYTES = 256;

	/**
	 * What the starter's migration connection has on SQLite: its pool's WAL, and what
	 * {@code FlywayMigrationRunner} sets for the run (enforcement off, a page cache that holds
	 * what the versions rewrite: here the starter's default upper bound, 2 GiB, of which SQLite
	 * fills only what it uses); so that the shell differs from the starter by the runner alone.
	 */
	private static final List<String> SQLITE_MIGRATION_SETTINGS = List.of("PRAGMA journal_mode = WAL",
			"PRAGMA foreign_keys = OFF", "PRAGMA cache_size = -2097152");

	private final BenchPaths paths;

	private final AppLauncher launcher;

	private final DatabaseShell shell;

	private final PostgresServer postgres;

	private final ResultTable table;

	private final ResultTable details;

	private final List<Long> userCounts;

	private final int runs;

	private final Duration limit;

	private final List<SampleAppJar> jars;

	UpgradeBenchmark(BenchPaths paths, AppLauncher launcher, DatabaseShell shell, PostgresServer postgres,
			ResultTable table, ResultTable details, List<Long> userCounts, int runs, Duration limit,
			List<SampleAppJar> jars) {
		this.paths = paths;
		this.launcher = launcher;
		this.shell = shell;
		this.postgres = postgres;
		this.table = table;
		this.details = details;
		this.userCounts = userCounts;
		this.runs = runs;
		this.limit = limit;
		// Only to compare with another commit: alone, this tree's jar would repeat the starter's case.
		this.jars = (jars.size() > 1) ? List.copyOf(jars) : List.of();
	}

	void run(Set<String> databases) {
		for (long users : this.userCounts) {
			if (databases.contains("sqlite")) {
				run(new SqliteCopies(this.paths, users), users, SQLITE_GOAL_MILLIS, sqliteCases(users));
			}
			if (databases.contains("postgresql")) {
				List<UpgradeCase> cases = new ArrayList<>(List.of(starter("starter (pierre.database.url)")));
				cases.addAll(jarCases());
				cases.add(floor(DatabaseKind.POSTGRESQL, "psql (same scripts, one transaction per version)", List.of()));
				run(new PostgresCopies(this.postgres, users), users, POSTGRES_GOAL_MILLIS, cases);
			}
		}
	}

	private List<UpgradeCase> sqliteCases(long users) {
		List<UpgradeCase> cases = new ArrayList<>();
		cases.add(starter("starter (pierre.database.url; backup on, the default)"));
		cases.add(new UpgradeCase.App("starter, migration cache 1GB (pierre.database.sqlite.migration-cache=1GB)",
				"starter-cache-1gb", AppVariant.WITH_STARTER, (database) -> {
					List<String> args = new ArrayList<>(database.pierreDatabaseArgs());
					args.add("--pierre.database.sqlite.migration-cache=1GB");
					return args;
				}));
		if (users < MILLION) {
			// At a million it would add a copy of the database and another long upgrade, where the
			// shell below already shows what the same scripts cost without the starter's check.
			cases.add(new UpgradeCase.App("plain Boot Flyway (same scripts, WAL, no foreign key check)", "flyway",
					AppVariant.BOOT_FLYWAY, UpgradeBenchmark::bootFlywayArgs));
		}
		cases.addAll(jarCases());
		cases.add(floor(DatabaseKind.SQLITE, "sqlite3 shell (same scripts, one transaction per version, WAL, "
				+ "foreign keys off, 128 MiB cache, no check)", SQLITE_MIGRATION_SETTINGS));
		return cases;
	}

	private List<UpgradeCase> jarCases() {
		return this.jars.stream()
			.<UpgradeCase>map((jar) -> new UpgradeCase.Jar("sample app jar, migrate [" + jar.label() + "]",
					"jar-" + jar.label().replaceAll("[^A-Za-z0-9.]+", "-"), jar))
			.toList();
	}

	private static UpgradeCase starter(String label) {
		return new UpgradeCase.App(label, "starter", AppVariant.WITH_STARTER, DatabaseTarget::pierreDatabaseArgs);
	}

	private UpgradeCase floor(DatabaseKind kind, String label, List<String> settings) {
		Path script = ShellScript.write(kind, SchemaVersion.of(UpgradeData.FROM_VERSION), settings,
				this.paths.file("upgrade-" + kind.id() + ".sql"));
		return new UpgradeCase.Shell(label, "shell", script);
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
			PhysicalFloor floor = (template.kind() == DatabaseKind.SQLITE) ? physicalFloor(template, bytes, users) : null;
			Map<UpgradeCase, UpgradeMeasures> measured = new LinkedHashMap<>();
			cases.forEach((c) -> measured.put(c, new UpgradeMeasures()));
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
			UpgradeReport report = new UpgradeReport(template.kind(), users, goalMillis, this.limit, this.table,
					this.details);
			report.write(measured);
			if (floor != null) {
				report.physicalFloor(floor, measured);
			}
			reportSetup(template.kind().productName(), users, populate, bytes);
		}
		finally {
			copies.disposeTemplate(template);
		}
	}

	/**
	 * Measures, on the filled file before any upgrade, what reading and writing its bytes costs:
	 * those that the versions rewrite, and the whole file.
	 */
	private PhysicalFloor physicalFloor(DatabaseTarget template, long fileBytes, long users) {
		Path file = Path.of(template.url().substring("jdbc:sqlite:".length()));
		long rewritten = SqliteFloor.rewrittenBytes(file);
		Samples rewrite = new Samples();
		Samples whole = new Samples();
		for (int run = 0; run < runsFor(users); run++) {
			System.err.println("upgrade, SQLite, " + users + " users: the physical floor, run " + run);
			rewrite.add(SqliteFloor.copyMillis(file, rewritten));
			whole.add(SqliteFloor.copyMillis(file, fileBytes));
		}
		return new PhysicalFloor(rewritten, rewrite, fileBytes, whole);
	}

	/**
	 * The physical floor of a SQLite upgrade.
	 *
	 * @param rewrittenBytes the bytes of the tables that versions 14 and 15 rewrite, with their
	 * indexes
	 * @param rewriteMillis reading and writing them once, with one fsync
	 * @param fileBytes the whole file
	 * @param copyMillis copying the whole file the same way: the floor of the backup
	 */
	record PhysicalFloor(long rewrittenBytes, Samples rewriteMillis, long fileBytes, Samples copyMillis) {
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

	/** Upgrades once and checks the rows; {@code null} when the upgrade was stopped at the limit. */
	private UpgradeMeasures.Run upgrade(UpgradeCase c, DatabaseTarget database, long users, String name) {
		System.err.println("upgrade, " + database.kind().productName() + ", " + users + " users: " + c.label());
		UpgradeMeasures.Run run;
		if (c instanceof UpgradeCase.App app) {
			run = upgrade(app, database, name);
		}
		else if (c instanceof UpgradeCase.Jar jar) {
			run = upgrade(jar, database, name);
		}
		else {
			run = upgrade((UpgradeCase.Shell) c, database, name);
		}
		if (run != null) {
			checkCounts(database, users);
		}
		return run;
	}

	private UpgradeMeasures.Run upgrade(UpgradeCase.App c, DatabaseTarget database, String name) {
		Path gcLog = this.paths.log("upgrade-" + name + "-gc");
		Path log = this.paths.log("upgrade-" + name);
		AppResult result;
		try {
			result = this.launcher.run(c.variant(), List.of("-Xmx256m", "-Xlog:gc:file=" + gcLog),
					c.args().apply(database), log, this.limit);
		}
		catch (AppLauncher.TimeLimitExceeded ex) {
			System.err.println(ex.getMessage());
			return null;
		}
		Map<String, Integer> versions = UpgradeHistory.executionTimes(database, UpgradeData.FROM_VERSION);
		String newest = MigrationCatalog.load(getClass().getClassLoader()).newestVersion(database.kind()).toString();
		if (!versions.containsKey(newest)) {
			throw new IllegalStateException(name + " did not reach " + newest + ": " + versions.keySet());
		}
		// The starter backs a SQLite file up before the first version, by default.
		OptionalDouble backup = (c.isStarter() && database.kind() == DatabaseKind.SQLITE)
				? OptionalDouble.of(StarterBackupLog.millis(log)) : OptionalDouble.empty();
		return new UpgradeMeasures.Run(result.stepMillis(), backup, result, versions);
	}

	private UpgradeMeasures.Run upgrade(UpgradeCase.Jar c, DatabaseTarget database, String name) {
		// No GC log: the starter's own case reports the heap; the jars are compared on time.
		Path log = this.paths.log("upgrade-" + name);
		List<String> command = new ArrayList<>(List.of(this.paths.java(), "-Xmx256m", "-jar", c.jar().jar().toString(),
				"migrate"));
		command.addAll(database.pierreDatabaseArgs());
		TimedProcess.Result result = TimedProcess.run(command, log, this.limit);
		if (result.stopped()) {
			System.err.println("the upgrade was stopped after " + this.limit.toSeconds() + " s; see " + log);
			return null;
		}
		if (result.exitCode() != 0) {
			throw new IllegalStateException(name + " failed (exit " + result.exitCode() + "); see " + log + "\n"
					+ result.tail());
		}
		// The command's output names the backup but not its time: the versions alone are compared instead.
		Map<String, Integer> versions = UpgradeHistory.executionTimes(database, UpgradeData.FROM_VERSION);
		return new UpgradeMeasures.Run(result.wallMillis(), OptionalDouble.empty(), null, versions);
	}

	private UpgradeMeasures.Run upgrade(UpgradeCase.Shell c, DatabaseTarget database, String name) {
		// The shell stops at the first failing statement and then fails the run: a time is always
		// that of every version applied.
		double millis = this.shell.run(database, c.script(), this.paths.log("upgrade-" + name));
		return new UpgradeMeasures.Run(millis, OptionalDouble.empty(), null, Map.of());
	}

	private static void checkCounts(DatabaseTarget database, long users) {
		RowCounts.of(database, UpgradeData.tables()).forEach((table, count) -> {
			if (count != users) {
				throw new IllegalStateException(table + " holds " + count + " rows, expected " + users);
			}
		});
	}

	private void reportSetup(String label, long users, Samples populate, long bytes) {
		String size = UpgradeReport.size(users);
		this.details.add(ResultRow.of("upgrade", label, size + ": filling the database (setup)", "ms", populate));
		Samples megabytes = new Samples();
		megabytes.add(bytes / 1024.0 / 1024.0);
		this.details.add(ResultRow.of("upgrade", label, size + ": database size before the upgrade", "MB", megabytes));
	}

}
