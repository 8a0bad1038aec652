package io.pierre.bench.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * Benchmark 1: the startup cost of the starter when the schema is up to date. The same Boot app
 * without the starter, without it but running one query at startup, with it, and with plain Boot
 * Flyway instead, each run in a fresh JVM against one migrated database, alternated round by
 * round, with the same JVM flags; timed from process start to context ready. Then one more run
 * of each with class loading logged, to count what each loads. With an {@link AotCache}, every
 * case also runs with an AOT cache that one training run of it recorded, alternated with the rest.
 */
final class StartupBenchmark {

	static final double GOAL_MILLIS = 50;

	/** The same for every case: the JVM's defaults. */
	private static final List<String> JVM_FLAGS = List.of();

	private final BenchPaths paths;

	private final AppLauncher launcher;

	private final PostgresServer postgres;

	private final ResultTable table;

	private final int runs;

	private final AotCache aot;

	/**
	 * A startup benchmark.
	 * @param paths the paths
	 * @param launcher starts the bench app
	 * @param postgres the PostgreSQL server
	 * @param table where the results go
	 * @param runs timed runs of each case
	 * @param aot the AOT cache, to run every case with one too, or {@code null}
	 */
	StartupBenchmark(BenchPaths paths, AppLauncher launcher, PostgresServer postgres, ResultTable table, int runs,
			AotCache aot) {
		this.paths = paths;
		this.launcher = launcher;
		this.postgres = postgres;
		this.table = table;
		this.runs = runs;
		this.aot = aot;
	}

	/**
	 * One way of starting the app.
	 *
	 * @param label how the table names it
	 * @param name a short name for file names
	 * @param variant the app's class path
	 * @param args its arguments besides the DataSource
	 * @param cache the AOT cache it runs with, or {@code null}
	 */
	private record StartupCase(String label, String name, AppVariant variant, List<String> args, Path cache) {

		StartupCase(String label, String name, AppVariant variant, List<String> args) {
			this(label, name, variant, args, null);
		}

		StartupCase withCache(Path cache) {
			return new StartupCase(this.label + ", AOT cache", this.name + "-aot", this.variant, this.args, cache);
		}

		List<String> cacheFlags() {
			return (this.cache != null) ? AotCache.useFlags(this.cache) : List.of();
		}

	}

	void run(Set<String> databases) {
		if (databases.contains("sqlite")) {
			Path file = this.paths.file("startup.db");
			SqliteFiles.delete(file);
			try {
				run("SQLite", DatabaseTarget.sqlite(file));
			}
			finally {
				SqliteFiles.delete(file);
			}
		}
		if (!databases.contains("postgresql")) {
			return;
		}
		String database = this.postgres.create("startup");
		try {
			run("PostgreSQL", DatabaseTarget.postgres(this.postgres, database));
		}
		finally {
			this.postgres.drop(database);
		}
	}

	private List<StartupCase> cases(DatabaseKind kind) {
		List<StartupCase> cases = new ArrayList<>(baseCases(kind));
		if (this.aot != null) {
			for (StartupCase c : List.copyOf(cases)) {
				cases.add(c.withCache(this.paths.file("aot-startup-" + kind.id() + "-" + c.name() + ".aot")));
			}
		}
		return cases;
	}

	private static List<StartupCase> baseCases(DatabaseKind kind) {
		return List.of(new StartupCase("no starter", "none", AppVariant.WITHOUT_STARTER, List.of()),
				new StartupCase("no starter, SELECT 1 at startup", "query", AppVariant.WITHOUT_STARTER,
						List.of("--bench.query-on-start=true")),
				new StartupCase("starter", "starter", AppVariant.WITH_STARTER, List.of()),
				new StartupCase("plain Boot Flyway", "flyway", AppVariant.BOOT_FLYWAY, FlywayArgs.of(kind)));
	}

	private void run(String label, DatabaseTarget database) {
		List<StartupCase> cases = cases(database.kind());
		System.err.println("startup, " + label + ": migrating the database, then " + this.runs
				+ " alternated runs of each of " + cases.size() + " cases");
		SchemaSetup.migrate(database, null);
		try {
			train(cases, database);
			measure(label, database, cases);
		}
		finally {
			cases.stream().filter((c) -> c.cache() != null).forEach((c) -> this.aot.delete(c.cache()));
		}
	}

	/** One training run of each case that uses an AOT cache, on the same database. */
	private void train(List<StartupCase> cases, DatabaseTarget database) {
		for (StartupCase c : cases) {
			if (c.cache() != null) {
				System.err.println("startup, " + database.kind().productName() + ": AOT cache training run of "
						+ c.label());
				this.aot.train(this.launcher.command(c.variant(), JVM_FLAGS, args(c, database)), c.cache(),
						this.paths.log("startup-" + database.kind().id() + "-" + c.name() + "-training"));
			}
		}
	}

	private void measure(String label, DatabaseTarget database, List<StartupCase> cases) {
		Map<StartupCase, AppMeasures> measures = new LinkedHashMap<>();
		cases.forEach((c) -> measures.put(c, new AppMeasures()));
		for (StartupCase c : cases) {
			runOnce(c, database, "warmup", JVM_FLAGS);
		}
		StartupCase none = cases.get(0);
		StartupCase query = cases.get(1);
		StartupCase starter = cases.get(2);
		Samples paired = new Samples();
		Samples pairedOverQuery = new Samples();
		for (int round = 0; round < this.runs; round++) {
			Map<StartupCase, AppResult> results = new LinkedHashMap<>();
			for (int i = 0; i < cases.size(); i++) {
				StartupCase c = cases.get((round + i) % cases.size());
				results.put(c, runOnce(c, database, "run" + round, JVM_FLAGS));
			}
			results.forEach((c, result) -> measures.get(c).add(result));
			paired.add(results.get(starter).wallMillis() - results.get(none).wallMillis());
			pairedOverQuery.add(results.get(starter).wallMillis() - results.get(query).wallMillis());
		}
		Map<StartupCase, ClassLoadCount> loaded = new LinkedHashMap<>();
		for (StartupCase c : cases) {
			Path classLog = this.paths.log("startup-" + database.kind().id() + "-" + c.name() + "-class-load");
			runOnce(c, database, "classes", ClassLoadCount.jvmFlags(classLog));
			loaded.put(c, ClassLoadCount.read(classLog));
		}
		report(label, cases, measures, paired, pairedOverQuery, loaded);
	}

	private AppResult runOnce(StartupCase c, DatabaseTarget database, String name, List<String> jvmFlags) {
		List<String> flags = new ArrayList<>(jvmFlags);
		flags.addAll(c.cacheFlags());
		return this.launcher.run(c.variant(), flags, args(c, database),
				this.paths.log("startup-" + database.kind().id() + "-" + c.name() + "-" + name));
	}

	private static List<String> args(StartupCase c, DatabaseTarget database) {
		List<String> args = new ArrayList<>(database.springDataSourceArgs());
		args.addAll(c.args());
		return args;
	}

	private void report(String label, List<StartupCase> cases, Map<StartupCase, AppMeasures> measures,
			Samples paired, Samples pairedOverQuery, Map<StartupCase, ClassLoadCount> loaded) {
		StartupCase none = cases.get(0);
		StartupCase query = cases.get(1);
		StartupCase starter = cases.get(2);
		StartupCase flyway = cases.get(3);
		String goal = "< " + (int) GOAL_MILLIS + " ms";
		for (StartupCase c : cases) {
			this.table.add(ResultRow.of("startup", label, c.label() + ": process start to context ready", "ms",
					measures.get(c).wallMillis));
		}
		double difference = median(measures, starter) - median(measures, none);
		this.table.add(difference(label, "starter minus no starter, difference of the medians", difference)
			.withGoal(goal, difference < GOAL_MILLIS));
		this.table.add(ResultRow.of("startup", label, "starter minus no starter, paired by round", "ms", paired)
			.withGoal(goal, paired.median() < GOAL_MILLIS));
		this.table.add(difference(label, "starter minus (no starter, SELECT 1 at startup), difference of the medians",
				median(measures, starter) - median(measures, query)));
		this.table.add(ResultRow.of("startup", label, "starter minus (no starter, SELECT 1 at startup), paired by round",
				"ms", pairedOverQuery));
		this.table.add(difference(label, "plain Boot Flyway minus no starter, difference of the medians",
				median(measures, flyway) - median(measures, none)));
		for (StartupCase c : cases) {
			this.table.add(ResultRow.of("startup", label, c.label() + ": main thread CPU time at context ready", "ms",
					measures.get(c).mainCpuMillis));
		}
		double mainCpuDifference = measures.get(starter).mainCpuMillis.median()
				- measures.get(none).mainCpuMillis.median();
		this.table.add(difference(label, "starter minus no starter, main thread CPU time, difference of the medians",
				mainCpuDifference).withGoal(goal, mainCpuDifference < GOAL_MILLIS));
		this.table.add(difference(label,
				"starter minus (no starter, SELECT 1 at startup), main thread CPU time, difference of the medians",
				measures.get(starter).mainCpuMillis.median() - measures.get(query).mainCpuMillis.median()));
		this.table.add(difference(label, "starter minus no starter, process CPU time (all threads), difference of the medians",
				measures.get(starter).cpuMillis.median() - measures.get(none).cpuMillis.median()));
		for (StartupCase c : List.of(starter, flyway)) {
			this.table.add(ResultRow.of("startup", label, c.label() + ": schema step inside the JVM", "ms",
					measures.get(c).stepMillis));
		}
		for (StartupCase c : cases) {
			long total = loaded.get(c).total();
			this.table.add(new ResultRow("startup", label, c.label() + ": classes loaded (-Xlog:class+load)", "classes",
					1, total, total, total, "", ""));
		}
		for (StartupCase c : List.of(starter, flyway)) {
			long flywayClasses = loaded.get(c).flyway();
			ResultRow row = new ResultRow("startup", label, c.label() + ": org.flywaydb classes loaded", "classes", 1,
					flywayClasses, flywayClasses, flywayClasses, "", "");
			this.table.add((c == starter) ? row.withGoal("0", flywayClasses == 0) : row);
		}
		long pierre = loaded.get(starter).pierre();
		this.table.add(new ResultRow("startup", label, "starter: io.pierre.schema classes loaded", "classes", 1, pierre,
				pierre, pierre, "", ""));
		int base = cases.size() / ((this.aot != null) ? 2 : 1);
		for (int i = base; i < cases.size(); i++) {
			StartupCase without = cases.get(i - base);
			StartupCase with = cases.get(i);
			this.table.add(difference(label, with.label() + " minus " + without.label() + ", difference of the medians",
					median(measures, with) - median(measures, without)));
			this.table.add(new ResultRow("startup", label, with.label() + " / " + without.label()
					+ ", ratio of the medians", "x", this.runs, median(measures, with) / median(measures, without),
					Double.NaN, Double.NaN, "", ""));
		}
	}

	private static double median(Map<StartupCase, AppMeasures> measures, StartupCase c) {
		return measures.get(c).wallMillis.median();
	}

	private ResultRow difference(String label, String subject, double millis) {
		return new ResultRow("startup", label, subject, "ms", this.runs, millis, Double.NaN, Double.NaN, "", "");
	}

}
