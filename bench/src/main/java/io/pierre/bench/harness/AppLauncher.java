package io.pierre.bench.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
		TimedProcess.Result result = TimedProcess.run(command(variant, jvmFlags, args), log, limit);
		TimedProcess.Line report = result.lines()
			.stream()
			.filter((line) -> line.text().startsWith(REPORT_PREFIX))
			.findFirst()
			.orElse(null);
		if (report == null && result.stopped()) {
			throw new TimeLimitExceeded(variant + " was stopped after " + limit.toSeconds() + " s; see " + log);
		}
		if (result.exitCode() != 0 || report == null) {
			throw new IllegalStateException(variant + " failed (exit " + result.exitCode() + "); see " + log + "\n"
					+ result.tail());
		}
		return AppResult.parse(report.millis(), report.text());
	}

	/**
	 * The command that starts the app.
	 * @param variant which app
	 * @param jvmFlags the JVM's flags, besides the class path
	 * @param args the app's arguments
	 * @return the java command, its flags, the class path, the main class and the arguments
	 */
	List<String> command(AppVariant variant, List<String> jvmFlags, List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(this.paths.java());
		command.addAll(jvmFlags);
		command.add("-cp");
		command.add(this.paths.classpath(variant));
		command.add(MAIN_CLASS);
		command.addAll(args);
		return command;
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
