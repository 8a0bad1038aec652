package io.pierre.bench.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The harness's command line.
 *
 * @param quick a run of a few minutes: fewer runs, no million-user upgrade
 * @param startupRuns timed runs of each startup case, after one warm-up run
 * @param freshRuns timed runs of each fresh-migration case
 * @param userCounts the sizes of the large upgrades
 * @param upgradeRuns runs of each upgrade below a million users (one at a million)
 * @param transferUsers the size of the SQLite database that the transfer benchmark sends to
 * PostgreSQL
 * @param transferRuns runs of the transfer, each with every jar
 * @param baseline another commit's sample app jar, which the upgrade, transfer and health benchmarks run
 * too, or {@code null}
 * @param healthCalls timed calls of each health endpoint, per jar, after the warm-up calls
 * @param infoRuns timed runs of the {@code info} command and of the sample app's startup
 * @param compileRuns timed javac runs of the sample app per case (without and with the SQL processor)
 * @param javaHome the JDK that runs the measured applications, or {@code null} for the harness's own
 * @param aotCache whether the startup and fresh-migration benchmarks also run every JVM case with
 * an AOT cache recorded by a training run (JDK 25 or later)
 * @param scenarios which benchmarks to run: startup, fresh, upgrade, transfer, health, info, connect-timeout, compile, load
 * @param databases which databases: sqlite, postgresql
 * @param upgradeLimit how long one upgrade or transfer may take before it is stopped
 */
record BenchOptions(boolean quick, int startupRuns, int freshRuns, List<Long> userCounts, int upgradeRuns,
		long transferUsers, int transferRuns, Path baseline, int healthCalls, int infoRuns, int compileRuns, Path javaHome,
		boolean aotCache, Set<String> scenarios, Set<String> databases, Duration upgradeLimit) {

	/** Calls of each health endpoint, per jar, before the timed ones. */
	static final int HEALTH_WARMUP_CALLS = 50;

	static final String USAGE = """
			usage: bench/run [--quick] [--runs N] [--users N,N,...] [--upgrade-runs N] [--transfer-users N]
			                 [--transfer-runs N] [--baseline JAR | --baseline-commit REV]
			                 [--health-calls N] [--info-runs N] [--compile-runs N] [--java JAVA_HOME]
			                 [--aot-cache] [--only startup,fresh,upgrade,transfer,health,info,connect-timeout,compile,load]
			                 [--databases sqlite,postgresql] [--upgrade-limit SECONDS]
			  --quick          a run of a few minutes: fewer runs, upgrades of 10,000 and 100,000 users
			                   only, a transfer of 20,000 users
			  --runs N         timed runs of each startup case (default 15, quick 10) and of each
			                   fresh-migration case (default 10, quick 5)
			  --users N,...    user counts of the large upgrades (default 10000,100000,1000000)
			  --upgrade-runs N runs of each upgrade under a million users (default 3, quick 1; 1 at a million)
			  --transfer-users N users in the SQLite database that the transfer sends to PostgreSQL
			                   (default 200000, quick 20000)
			  --transfer-runs N transfers of that database (default 1), each with every jar
			  --baseline JAR   also run this sample app jar, built from another commit, in the large
			                   upgrades (its migrate command), the transfer and the health benchmark,
			                   in turns with this tree's (bench/run only:
			                   --baseline-commit REV builds that jar from commit REV in a temporary
			                   work tree and passes it here); --transfer-baseline[-commit] are the
			                   former names of these options
			  --health-calls N timed calls of /actuator/health and of /actuator/health/ping, alternated,
			                   per jar, after 50 warm-up calls of each (default 200, quick 100)
			  --info-runs N    timed runs of the info command and of the sample app's startup,
			                   alternated (default 10, quick 5)
			  --compile-runs N timed javac runs of the sample app per case: without annotation
			                   processing, with the SQL processor offline and online (default 5, quick 3)
			  --java HOME      the JDK (its home folder) that runs the measured applications
			                   (default: the one running the harness)
			  --aot-cache      startup and fresh migration: also run every JVM case with an AOT cache
			                   (JEP 483/514) recorded by one training run of that case; needs
			                   a JDK 25 or later (--java)
			  --only LIST      run only these benchmarks
			  --databases LIST run only on these databases (the transfer needs both)
			  --upgrade-limit S stop an upgrade or the transfer when it takes longer than S seconds
			                   (default 900) and report it as stopped""";

	static BenchOptions parse(String[] args) {
		boolean quick = Arrays.asList(args).contains("--quick");
		int startupRuns = quick ? 10 : 15;
		int freshRuns = quick ? 5 : 10;
		int upgradeRuns = quick ? 1 : 3;
		List<Long> users = quick ? List.of(10_000L, 100_000L) : List.of(10_000L, 100_000L, 1_000_000L);
		long transferUsers = quick ? 20_000 : 200_000;
		int transferRuns = 1;
		Path baseline = null;
		int healthCalls = quick ? 100 : 200;
		int infoRuns = quick ? 5 : 10;
		int compileRuns = quick ? 3 : 5;
		Path javaHome = null;
		boolean aotCache = false;
		Set<String> scenarios = new LinkedHashSet<>(
				List.of("startup", "fresh", "upgrade", "transfer", "health", "info", "connect-timeout", "compile", "load"));
		Set<String> databases = new LinkedHashSet<>(List.of("sqlite", "postgresql"));
		Duration upgradeLimit = Duration.ofSeconds(900);
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--quick" -> {
				}
				case "--runs" -> {
					startupRuns = Integer.parseInt(args[++i]);
					freshRuns = startupRuns;
				}
				case "--upgrade-runs" -> upgradeRuns = Integer.parseInt(args[++i]);
				case "--users" -> {
					List<Long> parsed = new ArrayList<>();
					for (String count : args[++i].split(",")) {
						parsed.add(Long.parseLong(count.replace("_", "").trim()));
					}
					users = parsed;
				}
				case "--transfer-users" -> transferUsers = Long.parseLong(args[++i].replace("_", "").trim());
				case "--transfer-runs" -> transferRuns = Integer.parseInt(args[++i]);
				case "--baseline", "--transfer-baseline" -> baseline = Path.of(args[++i]);
				case "--health-calls" -> healthCalls = Integer.parseInt(args[++i]);
				case "--info-runs" -> infoRuns = Integer.parseInt(args[++i]);
				case "--compile-runs" -> compileRuns = Integer.parseInt(args[++i]);
				case "--java" -> javaHome = Path.of(args[++i]);
				case "--aot-cache" -> aotCache = true;
				case "--only" -> scenarios = new LinkedHashSet<>(Arrays.asList(args[++i].split(",")));
				case "--databases" -> databases = new LinkedHashSet<>(Arrays.asList(args[++i].split(",")));
				case "--upgrade-limit" -> upgradeLimit = Duration.ofSeconds(Long.parseLong(args[++i]));
				default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
			}
		}
		if (startupRuns < 1 || upgradeRuns < 1 || transferRuns < 1 || healthCalls < 1 || infoRuns < 1 || compileRuns < 1) {
			throw new IllegalArgumentException("runs must be at least 1\n" + USAGE);
		}
		if (transferUsers < 1) {
			throw new IllegalArgumentException("--transfer-users must be at least 1\n" + USAGE);
		}
		if (baseline != null && !Files.isRegularFile(baseline)) {
			throw new IllegalArgumentException("--baseline: no such jar: " + baseline + "\n" + USAGE);
		}
		if (javaHome != null && !Files.isExecutable(javaHome.resolve("bin").resolve("java"))) {
			throw new IllegalArgumentException("--java: no bin/java in " + javaHome + "\n" + USAGE);
		}
		return new BenchOptions(quick, startupRuns, freshRuns, users, upgradeRuns, transferUsers, transferRuns,
				baseline, healthCalls, infoRuns, compileRuns, javaHome, aotCache, scenarios, databases, upgradeLimit);
	}

}
