package io.pierre.bench.harness;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Benchmark 7: what the compile-time SQL check adds to compiling the sample app. javac compiles
 * the sample app's main sources (a process each run, as a build's javac) three ways, alternated
 * run by run after one warm-up run of each: without annotation processing, with the
 * pierre-schema-sql processor offline (SQLite migrated in the compilation, PostgreSQL from the
 * committed metadata), and with it online (PostgreSQL on the server, in a database the warm-up run
 * migrated and later runs find current). Reported: the medians and what the processor adds to the
 * median without it, offline against the goal of under 2 s.
 */
final class CompileBenchmark {

	private static final double OFFLINE_GOAL_MILLIS = 2000;

	private final BenchPaths paths;

	private final PostgresServer postgres;

	private final ResultTable table;

	private final int runs;

	CompileBenchmark(BenchPaths paths, PostgresServer postgres, ResultTable table, int runs) {
		this.paths = paths;
		this.postgres = postgres;
		this.table = table;
		this.runs = runs;
	}

	void run() {
		System.err.println("compile: " + this.runs + " alternated javac runs of the sample app without the SQL "
				+ "processor, with it offline and with it online");
		SampleSources sample = SampleSources.resolve(this.paths);
		String prefix = "pierre_bench_" + ProcessHandle.current().pid() + "_sql";
		List<Case> cases = List.of(new Case("javac, no annotation processing", "-", List.of("-proc:none")),
				new Case("javac with the SQL processor, offline", "SQLite, PostgreSQL metadata",
						List.of("-processorpath", sample.processorPath(), "-Apierre.sql.mode=verify",
								"-Apierre.sql.metadata=" + sample.metadata())),
				new Case("javac with the SQL processor, online", "SQLite, PostgreSQL",
						List.of("-processorpath", sample.processorPath(),
								"-Apierre.sql.postgres.url=" + this.postgres.url("postgres"),
								"-Apierre.sql.postgres.user=" + this.postgres.user(),
								"-Apierre.sql.postgres.password=" + this.postgres.password(),
								"-Apierre.sql.postgres.prefix=" + prefix)));
		List<Samples> samples = cases.stream().map((c) -> new Samples()).toList();
		try {
			for (Case c : cases) {
				compile(sample, c, "warmup");
			}
			for (int run = 0; run < this.runs; run++) {
				for (int i = 0; i < cases.size(); i++) {
					// Each run starts with another case, so that none always follows the same one.
					int index = (i + run) % cases.size();
					samples.get(index).add(compile(sample, cases.get(index), "run" + run));
				}
			}
		}
		finally {
			dropKept(prefix);
		}
		for (int i = 0; i < cases.size(); i++) {
			this.table.add(ResultRow.of("compile", cases.get(i).databases(), cases.get(i).name() + ": process start to exit",
					"ms", samples.get(i)));
		}
		double plain = samples.get(0).median();
		double offline = samples.get(1).median() - plain;
		this.table.add(new ResultRow("compile", cases.get(1).databases(), "added by the processor, offline (median - median)",
				"ms", this.runs, offline, Double.NaN, Double.NaN, "", "")
			.withGoal("< 2000 ms", offline < OFFLINE_GOAL_MILLIS));
		this.table.add(new ResultRow("compile", cases.get(2).databases(), "added by the processor, online (median - median)",
				"ms", this.runs, samples.get(2).median() - plain, Double.NaN, Double.NaN, "", ""));
	}

	private double compile(SampleSources sample, Case c, String run) {
		Path output = this.paths.file("compile-" + slug(c) + "-" + run);
		Path log = this.paths.log("compile-" + slug(c) + "-" + run);
		List<String> command = new ArrayList<>(List.of(this.paths.javaHome().resolve("bin").resolve("javac").toString(),
				"-d", output.toString(), "-classpath", sample.classPath(), "--release", "17"));
		command.addAll(c.options());
		command.addAll(sample.sources());
		sample.copyResources(output);
		// Without the server variable, the offline case stays offline whatever the harness's environment holds.
		return ProcessRunner.timed(command, null, log, List.of("PIERRE_SQL_POSTGRES_URL"));
	}

	private static String slug(Case c) {
		return c.name().replaceAll("[^a-z]+", "-");
	}

	private void dropKept(String prefix) {
		try (Connection connection = this.postgres.connect("postgres"); Statement statement = connection.createStatement()) {
			List<String> names = new ArrayList<>();
			try (ResultSet rows = statement
				.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + prefix + "%'")) {
				while (rows.next()) {
					names.add(rows.getString(1));
				}
			}
			for (String name : names) {
				statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			}
		}
		catch (SQLException ex) {
			System.err.println("Could not drop the processor's databases " + prefix + "*: " + ex.getMessage());
		}
	}

	/**
	 * One way of compiling.
	 *
	 * @param name what it is
	 * @param databases what the statements are prepared on
	 * @param options javac's options for it
	 */
	private record Case(String name, String databases, List<String> options) {

	}

	/**
	 * The sample app's sources, its compile class path and the processor's path, as Maven resolves
	 * them (bench/run has installed the reactor).
	 *
	 * @param root the repository's root folder
	 * @param sources the main Java sources
	 * @param classPath the compile class path
	 * @param processorPath the processor and its dependencies
	 */
	private record SampleSources(Path root, List<String> sources, String classPath, String processorPath) {

		static SampleSources resolve(BenchPaths paths) {
			Path root = paths.target().toAbsolutePath().getParent().getParent();
			Path sample = root.resolve("pierre-schema-sample-app");
			Path sql = root.resolve("pierre-schema-sql");
			String classPath = mavenClassPath(paths, sample, "compile", "sample-compile", "");
			Path processorJar;
			try (Stream<Path> jars = Files.list(sql.resolve("target"))) {
				processorJar = jars.filter((jar) -> jar.getFileName().toString().matches("pierre-schema-sql-[^-]+(-SNAPSHOT)?\\.jar"))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("pierre-schema-sql's jar is not built; run bench/run"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			// Without Boot's logging, as the sample app's processor path: javac logs nothing of the migrations.
			String processorPath = processorJar + File.pathSeparator
					+ mavenClassPath(paths, sql, "runtime", "sql-processor", "logback-classic,logback-core");
			List<String> sources;
			try (Stream<Path> files = Files.walk(sample.resolve("src/main/java"))) {
				sources = files.filter((file) -> file.toString().endsWith(".java")).map(Path::toString).sorted().toList();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return new SampleSources(root, sources, classPath, processorPath);
		}

		Path metadata() {
			return this.root.resolve("pierre-schema-sample-app/src/main/pierre-sql");
		}

		/** The resources, where a build has them when javac runs (the processor looks for migrations there). */
		void copyResources(Path output) {
			Path resources = this.root.resolve("pierre-schema-sample-app/src/main/resources");
			try (Stream<Path> files = Files.walk(resources)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Path copy = output.resolve(resources.relativize(file).toString());
					Files.createDirectories(copy.getParent());
					Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static String mavenClassPath(BenchPaths paths, Path project, String scope, String name, String excluded) {
			Path file = paths.file(name + "-classpath.txt");
			ProcessRunner.timed(List.of("mvn", "-B", "-q", "-o", "-f", project.resolve("pom.xml").toString(),
					"dependency:build-classpath", "-Dmdep.includeScope=" + scope, "-Dmdep.excludeArtifactIds=" + excluded,
					"-Dmdep.outputFile=" + file), null, paths.log(name + "-classpath"));
			try {
				return Files.readString(file).trim();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
