package io.pierre.bench.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Benchmark 6: the command line's {@code info} against the service's startup. On an up-to-date
 * SQLite file, the sample app's packaged jar runs {@code info -D sqlite:<file>} (process start to
 * exit) and starts as the service (process start to Boot's "Started" line, then stopped), the two
 * alternated run by run after one warm-up run of each. Reported: the medians and their ratio.
 */
final class InfoBenchmark {

	private static final String DATABASE = "SQLite";

	private static final String INFO = "info -D sqlite:<file>: process start to exit";

	private static final String STARTUP = "the sample app's startup: process start to \"Started\"";

	private final BenchPaths paths;

	private final ResultTable table;

	private final int runs;

	InfoBenchmark(BenchPaths paths, ResultTable table, int runs) {
		this.paths = paths;
		this.table = table;
		this.runs = runs;
	}

	void run() {
		System.err.println("info: " + this.runs + " alternated runs of info and of the sample app's startup, on an "
				+ "up-to-date SQLite file");
		Path file = this.paths.file("info.db");
		SqliteFiles.delete(file);
		SchemaSetup.migrate(DatabaseTarget.sqlite(file), null);
		try {
			Samples info = new Samples();
			Samples startup = new Samples();
			info(file, "warmup");
			startup(file, "warmup");
			for (int run = 0; run < this.runs; run++) {
				if (run % 2 == 0) {
					info.add(info(file, "run" + run));
					startup.add(startup(file, "run" + run));
				}
				else {
					startup.add(startup(file, "run" + run));
					info.add(info(file, "run" + run));
				}
			}
			this.table.add(ResultRow.of("info", DATABASE, INFO, "ms", info));
			this.table.add(ResultRow.of("info", DATABASE, STARTUP, "ms", startup));
			this.table.add(new ResultRow("info", DATABASE, "info / startup, ratio of the medians", "x", this.runs,
					info.median() / startup.median(), Double.NaN, Double.NaN, "", ""));
		}
		finally {
			SqliteFiles.delete(file);
		}
	}

	private double info(Path file, String name) {
		Path log = this.paths.log("info-command-" + name);
		TimedProcess.Result result = TimedProcess.run(List.of(this.paths.java(), "-jar",
				this.paths.sampleAppJar().toString(), "info", "-D", "sqlite:" + file), log, Duration.ofMinutes(5));
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
