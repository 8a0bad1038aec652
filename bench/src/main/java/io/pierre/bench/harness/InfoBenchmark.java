package io.pierre.bench.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Benchmark 6: the command line's {@code info} against the service's startup. On an up-to-date
 * SQLite file, the sample app's packaged jar runs {@code info -D sqlite:<file>} (process start to
 * exit) and starts as the service (process start to Boot's "Started" line, then stopped), the two
 * alternated run by run after one warm-up run of each. With a baseline jar, its {@code info} runs
 * beside this tree's in the same rotation, so that the cost of reading the service's own
 * configuration shows against the release before (goal: under 1.2 times). Reported: the medians
 * and their ratios.
 */
final class InfoBenchmark {

	private static final String DATABASE = "SQLite";

	private static final String INFO = "info -D sqlite:<file>: process start to exit";

	private static final String STARTUP = "the sample app's startup: process start to \"Started\"";

	private final BenchPaths paths;

	private final ResultTable table;

	private final int runs;

	private final List<SampleAppJar> jars;

	InfoBenchmark(BenchPaths paths, ResultTable table, int runs, List<SampleAppJar> jars) {
		this.paths = paths;
		this.table = table;
		this.runs = runs;
		this.jars = List.copyOf(jars);
	}

	void run() {
		System.err.println("info: " + this.runs + " alternated runs of info and of the sample app's startup, on an "
				+ "up-to-date SQLite file");
		Path file = this.paths.file("info.db");
		SqliteFiles.delete(file);
		SchemaSetup.migrate(DatabaseTarget.sqlite(file), null);
		try {
			List<Samples> infos = this.jars.stream().map((jar) -> new Samples()).toList();
			Samples startup = new Samples();
			for (SampleAppJar jar : this.jars) {
				info(jar, file, "warmup");
			}
			startup(file, "warmup");
			for (int run = 0; run < this.runs; run++) {
				if (run % 2 == 1) {
					startup.add(startup(file, "run" + run));
				}
				for (int i = 0; i < this.jars.size(); i++) {
					int index = (i + run) % this.jars.size();
					infos.get(index).add(info(this.jars.get(index), file, "run" + run));
				}
				if (run % 2 == 0) {
					startup.add(startup(file, "run" + run));
				}
			}
			for (int i = 0; i < this.jars.size(); i++) {
				this.table.add(ResultRow.of("info", DATABASE, INFO + " (" + this.jars.get(i).label() + ")", "ms",
						infos.get(i)));
			}
			this.table.add(ResultRow.of("info", DATABASE, STARTUP, "ms", startup));
			this.table.add(new ResultRow("info", DATABASE, "info / startup, ratio of the medians", "x", this.runs,
					infos.get(0).median() / startup.median(), Double.NaN, Double.NaN, "", ""));
			for (int i = 1; i < this.jars.size(); i++) {
				this.table.add(new ResultRow("info", DATABASE,
						"info, this tree / " + this.jars.get(i).label() + ", ratio of the medians (goal < 1.2)", "x",
						this.runs, infos.get(0).median() / infos.get(i).median(), Double.NaN, Double.NaN, "", ""));
			}
		}
		finally {
			SqliteFiles.delete(file);
		}
	}

	private double info(SampleAppJar jar, Path file, String name) {
		Path log = this.paths.log("info-command-" + jar.label().replace(' ', '-') + "-" + name);
		TimedProcess.Result result = TimedProcess.run(List.of(this.paths.java(), "-jar", jar.jar().toString(), "info",
				"-D", "sqlite:" + file), log, Duration.ofMinutes(5));
		if (result.exitCode() != 0) {
			throw new IllegalStateException("info failed (exit " + result.exitCode() + "); see " + log + "\n"
					+ result.tail());
		}
		return result.wallMillis();
	}

	private double startup(Path file, String name) {
		try (RunningSampleApp app = RunningSampleApp.start(this.paths.java(), this.paths.sampleAppJar(), file,
				this.paths.log("info-startup-" + name))) {
			return app.startedMillis();
		}
	}

}
