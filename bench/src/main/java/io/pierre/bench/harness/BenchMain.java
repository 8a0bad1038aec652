package io.pierre.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The harness that {@code bench/run} starts: runs the benchmarks, prints the results table and
 * writes it, with the machine it came from, to {@code bench/target/results.md}.
 */
public final class BenchMain {

	private BenchMain() {
	}

	public static void main(String[] args) throws IOException {
		// The harness's own setup (migrations to a starting version) need not log every step.
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		BenchOptions options;
		try {
			options = BenchOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		Path target = Path.of(System.getProperty("bench.target", "target")).toAbsolutePath();
		BenchPaths paths = new BenchPaths(target, target.resolve("bench-work"));
		if (options.javaHome() != null) {
			paths = paths.withJava(options.javaHome());
		}
		AotCache aot = null;
		if (options.aotCache()) {
			aot = new AotCache(paths);
			try {
				aot.checkJdk();
			}
			catch (IllegalStateException ex) {
				System.err.println(ex.getMessage());
				System.exit(2);
				return;
			}
			paths = paths.withPackedClasses();
			aot = new AotCache(paths);
		}
		paths.create();
		String sqliteShell = System.getProperty("bench.sqlite3", "sqlite3");
		PostgresServer postgres = PostgresServer.fromEnvironment();
		Map<String, String> machine = MachineInfo.describe(postgres, sqliteShell);
		machine.put("java of the measured applications", JdkRelease.version(paths.javaHome())
				+ ((options.javaHome() != null) ? " (--java)" : " (the harness's)")
				+ (options.aotCache() ? ", startup and fresh migration also with an AOT cache" : ""));
		if (options.baseline() != null) {
			machine.put("baseline jar", options.baseline().toString());
		}
		machine.forEach((key, value) -> System.err.println(key + ": " + value));
		List<SampleAppJar> jars = new ArrayList<>(List.of(new SampleAppJar("this tree", paths.sampleAppJar())));
		if (options.baseline() != null) {
			String name = options.baseline().getFileName().toString().replaceFirst("\\.jar$", "");
			jars.add(new SampleAppJar("baseline " + name, options.baseline()));
		}
		AppLauncher launcher = new AppLauncher(paths);
		DatabaseShell shell = new DatabaseShell(sqliteShell, postgres);
		ResultTable table = new ResultTable();
		ResultTable details = new ResultTable();
		long start = System.nanoTime();
		if (options.scenarios().contains("startup")) {
			new StartupBenchmark(paths, launcher, postgres, table, options.startupRuns(), aot).run(options.databases());
		}
		if (options.scenarios().contains("fresh")) {
			new FreshMigrationBenchmark(paths, launcher, postgres, table, options.freshRuns(), shell, aot).run(options.databases());
		}
		if (options.scenarios().contains("upgrade")) {
			new UpgradeBenchmark(paths, launcher, shell, postgres, table, details, options.userCounts(),
					options.upgradeRuns(), options.upgradeLimit(), jars).run(options.databases());
		}
		if (options.scenarios().contains("transfer")) {
			if (options.databases().containsAll(List.of("sqlite", "postgresql"))) {
				new TransferBenchmark(paths, postgres, table, details, options.transferUsers(), options.transferRuns(),
						jars, options.upgradeLimit())
					.run();
			}
			else {
				System.err.println("transfer: skipped, it needs both databases (--databases sqlite,postgresql)");
			}
		}
		if (options.scenarios().contains("health")) {
			if (options.databases().contains("sqlite")) {
				new HealthBenchmark(paths, table, jars, options.healthCalls()).run();
			}
			else {
				System.err.println("health: skipped, it runs on SQLite (--databases sqlite)");
			}
		}
		if (options.scenarios().contains("info")) {
			if (options.databases().contains("sqlite")) {
				new InfoBenchmark(paths, table, options.infoRuns(), jars).run();
			}
			else {
				System.err.println("info: skipped, it runs on SQLite (--databases sqlite)");
			}
		}
		if (options.scenarios().contains("connect-timeout")) {
			new ConnectTimeoutBenchmark(table, 3).run();
		}
		if (options.scenarios().contains("compile")) {
			new CompileBenchmark(paths, postgres, table, options.compileRuns()).run();
		}
		if (options.scenarios().contains("load")) {
			new LoadBenchmark(paths, launcher, postgres, table, details, options.quick() ? 100_000 : UpgradeBenchmark.MILLION,
					100_000)
				.run(options.databases());
		}
		postgres.dropAll();
		machine.put("load average at end", MachineInfo.loadAverage());
		machine.put("harness run", (options.quick() ? "--quick, " : "full, ")
				+ Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s");
		StringBuilder text = new StringBuilder();
		machine.forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
		text.append('\n').append(table.toText());
		if (!details.rows().isEmpty()) {
			text.append("\nDetails\n").append(details.toText());
		}
		System.out.println();
		System.out.print(text);
		Path results = target.resolve("results.md");
		StringBuilder markdown = new StringBuilder("# Benchmark results\n\n");
		machine.forEach((key, value) -> markdown.append("- ").append(key).append(": ").append(value).append('\n'));
		markdown.append('\n').append(table.toMarkdown());
		if (!details.rows().isEmpty()) {
			markdown.append("\n## Details\n\n").append(details.toMarkdown());
		}
		try {
			Files.writeString(results, markdown, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.out.println("\nWritten to " + results);
	}

}
