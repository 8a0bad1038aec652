package io.pierre.bench.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 1: the startup cost of the starter when the schema is up to date. The same Boot app
 * with the starter, without it, and with plain Boot Flyway instead, each run in a fresh JVM
 * against one migrated database, alternated round by round; timed from process start to context
 * ready. Then one more run of each with class loading logged, to count what each loads.
 */
final class StartupBenchmark {

	static final double GOAL_MILLIS = 50;

	private static final List<AppVariant> VARIANTS = List.of(AppVariant.WITHOUT_STARTER, AppVariant.WITH_STARTER,
			AppVariant.BOOT_FLYWAY);

	/** The same for every variant: the JVM's defaults. */
	private static final List<String> JVM_FLAGS = List.of();

	private final BenchPaths paths;

	private final AppLauncher launcher;

	private final PostgresServer postgres;

	private final ResultTable table;

	private final int runs;

	StartupBenchmark(BenchPaths paths, AppLauncher launcher, PostgresServer postgres, ResultTable table, int runs) {
		this.paths = paths;
		this.launcher = launcher;
		this.postgres = postgres;
		this.table = table;
		this.runs = runs;
	}

	void run() {
		Path file = this.paths.file("startup.db");
		run("SQLite", DatabaseTarget.sqlite(file));
		String database = this.postgres.create("startup");
		try {
			run("PostgreSQL", DatabaseTarget.postgres(this.postgres, database));
		}
		finally {
			this.postgres.drop(database);
		}
	}

	private void run(String label, DatabaseTarget database) {
		System.err.println("startup, " + label + ": migrating the database, then " + this.runs
				+ " alternated runs of each variant");
		SchemaSetup.migrate(database, null);
		Map<AppVariant, AppMeasures> measures = new EnumMap<>(AppVariant.class);
		VARIANTS.forEach((variant) -> measures.put(variant, new AppMeasures()));
		for (AppVariant variant : VARIANTS) {
			runOnce(variant, database, "warmup", JVM_FLAGS);
		}
		Samples paired = new Samples();
		for (int round = 0; round < this.runs; round++) {
			Map<AppVariant, AppResult> results = new EnumMap<>(AppVariant.class);
			for (int i = 0; i < VARIANTS.size(); i++) {
				AppVariant variant = VARIANTS.get((round + i) % VARIANTS.size());
				results.put(variant, runOnce(variant, database, "run" + round, JVM_FLAGS));
			}
			results.forEach((variant, result) -> measures.get(variant).add(result));
			paired.add(results.get(AppVariant.WITH_STARTER).wallMillis()
					- results.get(AppVariant.WITHOUT_STARTER).wallMillis());
		}
		Map<AppVariant, ClassLoadCount> loaded = new EnumMap<>(AppVariant.class);
		for (AppVariant variant : VARIANTS) {
			Path classLog = this.paths.log("startup-" + database.kind().id() + "-" + variant.classpathName() + "-class-load");
			runOnce(variant, database, "classes", ClassLoadCount.jvmFlags(classLog));
			loaded.put(variant, ClassLoadCount.read(classLog));
		}
		report(label, measures, paired, loaded);
	}

	private AppResult runOnce(AppVariant variant, DatabaseTarget database, String name, List<String> jvmFlags) {
		List<String> args = new ArrayList<>(database.springDataSourceArgs());
		if (variant == AppVariant.BOOT_FLYWAY) {
			args.addAll(FlywayArgs.of(database.kind()));
		}
		return this.launcher.run(variant, jvmFlags, args,
				this.paths.log("startup-" + database.kind().id() + "-" + variant.classpathName() + "-" + name));
	}

	private void report(String label, Map<AppVariant, AppMeasures> measures, Samples paired,
			Map<AppVariant, ClassLoadCount> loaded) {
		for (AppVariant variant : VARIANTS) {
			this.table.add(ResultRow.of("startup", label, variant.label() + ": process start to context ready", "ms",
					measures.get(variant).wallMillis));
		}
		double difference = measures.get(AppVariant.WITH_STARTER).wallMillis.median()
				- measures.get(AppVariant.WITHOUT_STARTER).wallMillis.median();
		this.table.add(new ResultRow("startup", label, "starter minus no starter, difference of the medians", "ms",
				this.runs, difference, Double.NaN, Double.NaN, "", "")
			.withGoal("< " + (int) GOAL_MILLIS + " ms", difference < GOAL_MILLIS));
		this.table.add(ResultRow.of("startup", label, "starter minus no starter, paired by round", "ms", paired)
			.withGoal("< " + (int) GOAL_MILLIS + " ms", paired.median() < GOAL_MILLIS));
		double flywayDifference = measures.get(AppVariant.BOOT_FLYWAY).wallMillis.median()
				- measures.get(AppVariant.WITHOUT_STARTER).wallMillis.median();
		this.table.add(new ResultRow("startup", label, "plain Boot Flyway minus no starter, difference of the medians",
				"ms", this.runs, flywayDifference, Double.NaN, Double.NaN, "", ""));
		for (AppVariant variant : List.of(AppVariant.WITH_STARTER, AppVariant.BOOT_FLYWAY)) {
			this.table.add(ResultRow.of("startup", label, variant.label() + ": schema step inside the JVM", "ms",
					measures.get(variant).stepMillis));
		}
		for (AppVariant variant : VARIANTS) {
			this.table.add(ResultRow.of("startup", label, variant.label() + ": CPU time at context ready, all threads",
					"ms", measures.get(variant).cpuMillis));
		}
		double cpuDifference = measures.get(AppVariant.WITH_STARTER).cpuMillis.median()
				- measures.get(AppVariant.WITHOUT_STARTER).cpuMillis.median();
		this.table.add(new ResultRow("startup", label, "starter minus no starter, CPU time, difference of the medians",
				"ms", this.runs, cpuDifference, Double.NaN, Double.NaN, "", ""));
		for (AppVariant variant : VARIANTS) {
			ClassLoadCount count = loaded.get(variant);
			this.table.add(new ResultRow("startup", label, variant.label() + ": classes loaded (-Xlog:class+load)",
					"classes", 1, count.total(), count.total(), count.total(), "", ""));
		}
		for (AppVariant variant : List.of(AppVariant.WITH_STARTER, AppVariant.BOOT_FLYWAY)) {
			ClassLoadCount count = loaded.get(variant);
			ResultRow row = new ResultRow("startup", label, variant.label() + ": org.flywaydb classes loaded",
					"classes", 1, count.flyway(), count.flyway(), count.flyway(), "", "");
			this.table.add((variant == AppVariant.WITH_STARTER) ? row.withGoal("0", count.flyway() == 0) : row);
		}
		ClassLoadCount starter = loaded.get(AppVariant.WITH_STARTER);
		this.table.add(new ResultRow("startup", label, "starter: io.pierre.schema classes loaded", "classes", 1,
				starter.pierre(), starter.pierre(), starter.pierre(), "", ""));
	}

}
