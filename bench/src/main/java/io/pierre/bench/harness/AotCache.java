package io.pierre.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The JDK's ahead-of-time cache (JEP 483, one-step training of JEP 514, JDK 25): one training run
 * of a case writes the cache ({@code -XX:AOTCacheOutput}), stopped as Spring Boot documents it
 * right after the context's refresh ({@code -Dspring.context.exit=onRefresh}); the measured runs
 * then use it ({@code -XX:AOTCache}) with {@code -XX:AOTMode=on}, which stops the JVM rather than
 * run silently without a cache it cannot use.
 */
final class AotCache {

	/** The first JDK whose {@code -XX:AOTCacheOutput} trains and writes the cache in one run. */
	static final int FIRST_JDK = 25;

	private final BenchPaths paths;

	AotCache(BenchPaths paths) {
		this.paths = paths;
	}

	/**
	 * The JVM flags of a run that uses a cache.
	 * @param cache the cache file
	 * @return the flags
	 */
	static List<String> useFlags(Path cache) {
		return List.of("-XX:AOTCache=" + cache, "-XX:AOTMode=on");
	}

	/**
	 * Runs a case once to record its cache; the command must be the one its measured runs use, with
	 * the same class path, without the cache flags.
	 * @param command the java command, the JVM's flags, class path, main class and arguments
	 * @param cache the cache file to write
	 * @param log where the output goes
	 */
	void train(List<String> command, Path cache, Path log) {
		try {
			Files.deleteIfExists(cache);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> training = new ArrayList<>(command);
		training.addAll(1, List.of("-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh"));
		TimedProcess.Result result = TimedProcess.run(training, log, Duration.ofMinutes(10));
		if (result.exitCode() != 0 || !Files.isRegularFile(cache)) {
			throw new IllegalStateException("The AOT cache training run failed (exit " + result.exitCode() + ", "
					+ (Files.isRegularFile(cache) ? "" : "no ") + "cache written); see " + log + "\n" + result.tail());
		}
	}

	/**
	 * Checks that the JDK that runs the measured applications can write a cache in one run.
	 * @throws IllegalStateException if it is older than {@value #FIRST_JDK}
	 */
	void checkJdk() {
		int feature = JdkRelease.feature(this.paths.javaHome());
		if (feature < FIRST_JDK) {
			throw new IllegalStateException("--aot-cache needs a JDK " + FIRST_JDK + " or later (--java); "
					+ this.paths.javaHome() + " is a JDK " + feature);
		}
	}

	void delete(Path cache) {
		try {
			Files.deleteIfExists(cache);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
