package io.pierre.bench.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * Benchmark 2: a fresh migration of all versions into an empty database, timed inside the JVM
 * (the schema step, see the bench app), for the starter, for the starter stopping at v0.3.0's 20
 * versions (what the 24 later ones cost) and for plain Boot Flyway running the same scripts; and, as the floor, the database's own shell running the same SQL with one transaction
 * per version. Of the JVM cases it also reports the time spent applying the versions themselves,
 * as Flyway recorded it in the history table, without loading Flyway, connecting and the
 * starter's checks. Every run gets a new database; the cases alternate round by round. With an
 * {@link AotCache}, every JVM case also runs with an AOT cache that one training run of it (a fresh
 * migration too) recorded.
 */
final class FreshMigrationBenchmark {

	private static final List<String> JVM_FLAGS = List.of();

	/** The newest version of the Pierre server's release v0.3.0: its 20 versions, against all of them. */
	private static final String RELEASE_0_3_0 = "20250120000021";

	private static final String RELEASE_0_3_0_CASE = "starter, v0.3.0's 20 versions only (pierre.database.target="
			+ RELEASE_0_3_0 + ")";

	private final BenchPaths paths;

	private final AppLauncher launcher;

	private final PostgresServer postgres;

	private final ResultTable table;

	private final int runs;

	private final DatabaseShell shell;

	private final AotCache aot;

	/**
	 * A fresh-migration benchmark.
	 * @param paths the paths
	 * @param launcher starts the bench app
	 * @param postgres the PostgreSQL server
	 * @param table where the results go
	 * @param runs timed runs of each case
	 * @param shell runs the database's shell
	 * @param aot the AOT cache, to run every JVM case with one too, or {@code null}
	 */
	FreshMigrationBenchmark(BenchPaths paths, AppLauncher launcher, PostgresServer postgres, ResultTable table,
			int runs, DatabaseShell shell, AotCache aot) {
		this.paths = paths;
		this.launcher = launcher;
		this.postgres = postgres;
		this.table = table;
		this.runs = runs;
		this.shell = shell;
		this.aot = aot;
	}

	/**
	 * One way of migrating, run once on a fresh database.
	 *
	 * @param label how the table names it
	 * @param inJvm whether it runs in the bench app, which records the versions in a history table
	 * @param runner runs it once; returns the step's time inside the JVM, or the shell's wall time
	 * @param trainer with an AOT cache, its training run, else {@code null}
	 * @param cache its AOT cache, or {@code null}
	 */
	private record Case(String label, boolean inJvm, BiFunction<DatabaseTarget, String, AppResult> runner,
			BiFunction<DatabaseTarget, String, AppResult> trainer, Path cache) {

		Case(String label, boolean inJvm, BiFunction<DatabaseTarget, String, AppResult> runner) {
			this(label, inJvm, runner, null, null);
		}

		AppResult run(DatabaseTarget database, String name) {
			return this.runner.apply(database, name);
		}

	}

	void run(Set<String> databases) {
		if (databases.contains("sqlite")) {
			run(DatabaseKind.SQLITE, sqliteCases());
		}
		if (databases.contains("postgresql")) {
			run(DatabaseKind.POSTGRESQL, postgresCases());
		}
	}

	private List<Case> sqliteCases() {
		Path script = ShellScript.write(DatabaseKind.SQLITE, this.paths.file("fresh-sqlite.sql"));
		List<Case> cases = new ArrayList<>();
		cases.add(app("starter (the app's DataSource)", AppVariant.WITH_STARTER, DatabaseTarget::springDataSourceArgs));
		cases.add(app(RELEASE_0_3_0_CASE, AppVariant.WITH_STARTER,
				(database) -> pinnedAtRelease030(database.springDataSourceArgs())));
		cases.add(app("plain Boot Flyway (the app's DataSource)", AppVariant.BOOT_FLYWAY,
				(database) -> withFlyway(database.springDataSourceArgs(), database.kind())));
		cases.add(app("starter (pierre.database.url: its own DataSource, WAL)", AppVariant.WITH_STARTER,
				DatabaseTarget::pierreDatabaseArgs));
		addCachedCases(cases, DatabaseKind.SQLITE);
		cases.add(shell("sqlite3 shell, one transaction per version", (database, name) -> this.shell.run(database,
				script, this.paths.log("fresh-sqlite-shell-" + name))));
		return cases;
	}

	private List<Case> postgresCases() {
		Path script = ShellScript.write(DatabaseKind.POSTGRESQL, this.paths.file("fresh-postgresql.sql"));
		List<Case> cases = new ArrayList<>();
		cases.add(app("starter (the app's DataSource)", AppVariant.WITH_STARTER, DatabaseTarget::springDataSourceArgs));
		cases.add(app("plain Boot Flyway (the app's DataSource)", AppVariant.BOOT_FLYWAY,
				(database) -> withFlyway(database.springDataSourceArgs(), database.kind())));
		cases.add(app(RELEASE_0_3_0_CASE, AppVariant.WITH_STARTER,
				(database) -> pinnedAtRelease030(database.springDataSourceArgs())));
		addCachedCases(cases, DatabaseKind.POSTGRESQL);
		cases.add(shell("psql, one transaction per version", (database, name) -> this.shell.run(database, script,
				this.paths.log("fresh-postgresql-shell-" + name))));
		return cases;
	}

	private void run(DatabaseKind kind, List<Case> cases) {
		try {
			for (Case c : cases) {
				if (c.trainer() != null) {
					System.err.println("fresh migration, " + kind.productName() + ": AOT cache training run of "
							+ c.label());
					runOnFreshDatabase(kind, new Case(c.label(), false, c.trainer()), "training-" + c.cache()
						.getFileName()
						.toString()
						.replace(".aot", ""), new Samples());
				}
			}
			measure(kind, cases);
		}
		finally {
			cases.stream().filter((c) -> c.cache() != null).forEach((c) -> this.aot.delete(c.cache()));
		}
	}

	private void measure(DatabaseKind kind, List<Case> cases) {
		String label = kind.productName();
		System.err.println("fresh migration, " + label + ": " + this.runs + " alternated runs of " + cases.size()
				+ " cases, each on a new database");
		Map<String, AppMeasures> measures = new LinkedHashMap<>();
		Map<String, Samples> applied = new LinkedHashMap<>();
		cases.forEach((c) -> {
			measures.put(c.label(), new AppMeasures());
			applied.put(c.label(), new Samples());
		});
		int counter = 0;
		for (Case c : cases) {
			runOnFreshDatabase(kind, c, "warmup" + counter++, new Samples());
		}
		for (int round = 0; round < this.runs; round++) {
			for (int i = 0; i < cases.size(); i++) {
				Case c = cases.get((round + i) % cases.size());
				measures.get(c.label())
					.add(runOnFreshDatabase(kind, c, "run" + round + "_" + i, applied.get(c.label())));
			}
		}
		report(label, cases, measures, applied);
	}

	/** Runs a case on a new database and, for a JVM case, adds the versions' time to {@code applied}. */
	private AppResult runOnFreshDatabase(DatabaseKind kind, Case c, String name, Samples applied) {
		if (kind == DatabaseKind.SQLITE) {
			Path file = this.paths.file("fresh-" + name + ".db");
			try {
				return runAndRead(c, DatabaseTarget.sqlite(file), name, applied);
			}
			finally {
				SqliteFiles.delete(file);
			}
		}
		String database = this.postgres.create("fresh_" + name);
		try {
			return runAndRead(c, DatabaseTarget.postgres(this.postgres, database), name, applied);
		}
		finally {
			this.postgres.drop(database);
		}
	}

	private static AppResult runAndRead(Case c, DatabaseTarget database, String name, Samples applied) {
		AppResult result = c.run(database, name);
		if (c.inJvm()) {
			applied.add(UpgradeHistory.executionTimes(database, "0").values().stream().mapToInt(Integer::intValue).sum());
		}
		return result;
	}

	private void report(String label, List<Case> cases, Map<String, AppMeasures> measures,
			Map<String, Samples> applied) {
		Samples starter = measures.get(cases.get(0).label()).stepMillis;
		Samples flyway = measures.get(cases.get(1).label()).stepMillis;
		Samples shell = measures.get(cases.get(cases.size() - 1).label()).stepMillis;
		for (Case c : cases) {
			AppMeasures m = measures.get(c.label());
			boolean isShell = c == cases.get(cases.size() - 1);
			ResultRow row = ResultRow.of("fresh", label, c.label() + (isShell ? ": wall time" : ": migration inside the JVM"),
					"ms", m.stepMillis);
			if (c == cases.get(0)) {
				row = row.withGoal("<= plain Boot Flyway", starter.median() <= flyway.median());
			}
			this.table.add(row);
		}
		if (label.equals(DatabaseKind.SQLITE.productName())) {
			double ratio = starter.median() / shell.median();
			this.table.add(new ResultRow("fresh", label, "starter / sqlite3 shell, ratio of the medians", "x",
					starter.count(), ratio, Double.NaN, Double.NaN, "", "")
				.withGoal("<= 2x", ratio <= 2));
		}
		for (Case c : cases.subList(0, cases.size() - 1)) {
			this.table.add(ResultRow.of("fresh", label,
					c.label() + ": the versions alone (sum of Flyway's execution_time in the history)", "ms",
					applied.get(c.label())));
		}
		for (Case c : cases.subList(0, 2)) {
			// What the step spends outside the versions: Flyway's cold start (its classes loaded,
			// its configuration, the connection, the history table read and created).
			double step = measures.get(c.label()).stepMillis.median();
			double share = 100 * (step - applied.get(c.label()).median()) / step;
			this.table.add(new ResultRow("fresh", label, c.label() + ": outside the versions (Flyway's cold start),"
					+ " share of the migration inside the JVM, of the medians", "%", measures.get(c.label()).stepMillis.count(),
					share, Double.NaN, Double.NaN, "", ""));
		}
		if (label.equals(DatabaseKind.SQLITE.productName())) {
			double ratio = applied.get(cases.get(0).label()).median() / shell.median();
			this.table.add(new ResultRow("fresh", label,
					"starter's versions alone / sqlite3 shell, ratio of the medians (no goal: see docs)", "x",
					starter.count(), ratio, Double.NaN, Double.NaN, "", ""));
		}
		for (Case c : cases.subList(0, cases.size() - 1)) {
			this.table.add(ResultRow.of("fresh", label, c.label() + ": process start to context ready", "ms",
					measures.get(c.label()).wallMillis));
		}
		if (this.aot != null) {
			int base = (cases.size() - 1) / 2;
			for (int i = base; i < cases.size() - 1; i++) {
				ratio(label, cases.get(i), cases.get(i - base), measures, ": migration inside the JVM",
						(m) -> m.stepMillis);
				ratio(label, cases.get(i), cases.get(i - base), measures, ": process start to context ready",
						(m) -> m.wallMillis);
			}
		}
	}

	private void ratio(String label, Case with, Case without, Map<String, AppMeasures> measures, String what,
			Function<AppMeasures, Samples> samples) {
		double ratio = samples.apply(measures.get(with.label())).median()
				/ samples.apply(measures.get(without.label())).median();
		this.table.add(new ResultRow("fresh", label, with.label() + " / " + without.label() + what
				+ ", ratio of the medians", "x", this.runs, ratio, Double.NaN, Double.NaN, "", ""));
	}

	/** Each JVM case again, with an AOT cache of its own. */
	private void addCachedCases(List<Case> cases, DatabaseKind kind) {
		if (this.aot == null) {
			return;
		}
		for (Case c : List.copyOf(cases)) {
			cases.add(cached(c, kind));
		}
	}

	/** The JVM cases, each with the variant and arguments that {@link #cached} needs again. */
	private final Map<String, AppCase> appCases = new LinkedHashMap<>();

	/** AOT caches named so far, for unique file names. */
	private int caches;

	private record AppCase(AppVariant variant, Function<DatabaseTarget, List<String>> args) {
	}

	private Case app(String label, AppVariant variant, Function<DatabaseTarget, List<String>> args) {
		this.appCases.put(label, new AppCase(variant, args));
		return new Case(label, true, (database, name) -> this.launcher.run(variant, JVM_FLAGS, args.apply(database),
				this.paths.log("fresh-" + database.kind().id() + "-" + variant.classpathName() + "-" + name)));
	}

	private Case cached(Case c, DatabaseKind kind) {
		AppCase app = this.appCases.get(c.label());
		Path cache = this.paths.file("aot-fresh-" + kind.id() + "-" + ++this.caches + ".aot");
		List<String> flags = new ArrayList<>(JVM_FLAGS);
		flags.addAll(AotCache.useFlags(cache));
		return new Case(c.label() + ", AOT cache", true,
				(database, name) -> this.launcher.run(app.variant(), flags, app.args().apply(database),
						this.paths.log("fresh-" + database.kind().id() + "-" + app.variant().classpathName() + "-aot-"
								+ name)),
				(database, name) -> {
					this.aot.train(this.launcher.command(app.variant(), JVM_FLAGS, app.args().apply(database)), cache,
							this.paths.log("fresh-" + database.kind().id() + "-" + name));
					return null;
				}, cache);
	}

	private static Case shell(String label, BiFunction<DatabaseTarget, String, Double> command) {
		return new Case(label, false, (database, name) -> {
			double millis = command.apply(database, name);
			return new AppResult(millis, 0, 0, 0, 0, millis, 0);
		});
	}

	private static List<String> pinnedAtRelease030(List<String> args) {
		List<String> all = new ArrayList<>(args);
		all.add("--pierre.database.target=" + RELEASE_0_3_0);
		return all;
	}

	private static List<String> withFlyway(List<String> args, DatabaseKind kind) {
		List<String> all = new ArrayList<>(args);
		all.addAll(FlywayArgs.of(kind));
		return all;
	}

}
