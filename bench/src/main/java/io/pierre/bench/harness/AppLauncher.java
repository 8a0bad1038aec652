package io.pierre.bench.harness;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the bench app in a fresh JVM, waits for its report line and for its exit.
 */
final class AppLauncher {

	private static final String MAIN_CLASS = "io.pierre.bench.app.BenchApplication";

	private static final String REPORT_PREFIX = "BENCH-RESULT";

	private final BenchPaths paths;

	AppLauncher(BenchPaths paths) {
		this.paths = paths;
	}

	/**
	 * Runs the app once.
	 * @param variant which app
	 * @param jvmFlags the JVM's flags, besides the class path
	 * @param args the app's arguments, such as {@code --spring.datasource.url=...}
	 * @param log where the app's output goes
	 * @return what it reported
	 */
	AppResult run(AppVariant variant, List<String> jvmFlags, List<String> args, Path log) {
		return run(variant, jvmFlags, args, log, Duration.ofMinutes(10));
	}

	/**
	 * Runs the app once, stopping it when it takes too long.
	 * @param variant which app
	 * @param jvmFlags the JVM's flags, besides the class path
	 * @param args the app's arguments
	 * @param log where the app's output goes
	 * @param limit how long it may take before it is stopped
	 * @return what it reported
	 * @throws TimeLimitExceeded if it was stopped
	 */
	AppResult run(AppVariant variant, List<String> jvmFlags, List<String> args, Path log, Duration limit) {
		List<String> command = new ArrayList<>();
		command.add(this.paths.java());
		command.addAll(jvmFlags);
		command.add("-cp");
		command.add(this.paths.classpath(variant));
		command.add(MAIN_CLASS);
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		List<String> output = new ArrayList<>();
		String report = null;
		double wallMillis = -1;
		long start = System.nanoTime();
		try (BufferedWriter logWriter = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
			Process process = builder.start();
			Thread watchdog = new Thread(() -> {
				try {
					if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
						process.destroyForcibly();
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}, "bench-app-watchdog");
			watchdog.setDaemon(true);
			watchdog.start();
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					if (report == null && line.startsWith(REPORT_PREFIX)) {
						wallMillis = (System.nanoTime() - start) / 1e6;
						report = line;
					}
					output.add(line);
					logWriter.write(line);
					logWriter.newLine();
				}
			}
			process.waitFor();
			if (report == null && (System.nanoTime() - start) >= limit.toNanos()) {
				throw new TimeLimitExceeded(variant + " was stopped after " + limit.toSeconds() + " s; see " + log);
			}
			if (process.exitValue() != 0 || report == null) {
				throw new IllegalStateException(variant + " failed (exit " + process.exitValue() + "); see " + log
						+ "\n" + tail(output));
			}
			return AppResult.parse(wallMillis, report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String tail(List<String> output) {
		return String.join("\n", output.subList(Math.max(0, output.size() - 30), output.size()));
	}

	/**
	 * The app was stopped because it took longer than it was allowed.
	 */
	static final class TimeLimitExceeded extends RuntimeException {

		TimeLimitExceeded(String message) {
			super(message);
		}

	}

}
