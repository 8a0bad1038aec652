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
		paths.create();
		String sqliteShell = System.getProperty("bench.sqlite3", "sqlite3");
		PostgresServer postgres = PostgresServer.fromEnvironment();
		Map<String, String> machine = MachineInfo.describe(postgres, sqliteShell);
		machine.forEach((key, value) -> System.err.println(key + ": " + value));
		AppLauncher launcher = new AppLauncher(paths);
		DatabaseShell shell = new DatabaseShell(sqliteShell, postgres);
		ResultTable table = new ResultTable();
		ResultTable details = new ResultTable();
		long start = System.nanoTime();
		if (options.scenarios().contains("startup")) {
			new StartupBenchmark(paths, launcher, postgres, table, options.startupRuns()).run(options.databases());
		}
		if (options.scenarios().contains("fresh")) {
			new FreshMigrationBenchmark(paths, launcher, postgres, table, options.freshRuns(), shell).run(options.databases());
		}
		if (options.scenarios().contains("upgrade")) {
			new UpgradeBenchmark(paths, launcher, shell, postgres, table, details, options.userCounts(),
					options.upgradeRuns(), options.upgradeLimit()).run(options.databases());
		}
		if (options.scenarios().contains("transfer")) {
			if (options.databases().containsAll(List.of("sqlite", "postgresql"))) {
				List<SampleAppJar> jars = new ArrayList<>(List.of(new SampleAppJar("this tree", paths.sampleAppJar())));
				if (options.transferBaseline() != null) {
					String name = options.transferBaseline().getFileName().toString().replaceFirst("\\.jar$", "");
					jars.add(new SampleAppJar("baseline " + name, options.transferBaseline()));
					machine.put("transfer baseline jar", options.transferBaseline().toString());
				}
				new TransferBenchmark(paths, postgres, table, details, options.transferUsers(), options.transferRuns(),
						jars, options.upgradeLimit())
					.run();
			}
			else {
				System.err.println("transfer: skipped, it needs both databases (--databases sqlite,postgresql)");
			}
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
