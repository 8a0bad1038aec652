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
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a process that the harness starts (the bench app, the sample app's jar), notes when each
 * line of its output arrives, which times the steps of a process that prints no timings of its
 * own, writes the output to a log and stops the process when it takes too long.
 */
final class TimedProcess {

	private TimedProcess() {
	}

	/**
	 * Runs a command to its end.
	 * @param command the command
	 * @param log where its output (standard output and error) goes
	 * @param limit how long it may take before it is stopped
	 * @return its output and exit
	 */
	static Result run(List<String> command, Path log, Duration limit) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		List<Line> lines = new ArrayList<>();
		AtomicBoolean stopped = new AtomicBoolean();
		long start = System.nanoTime();
		try (BufferedWriter logWriter = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
			Process process = builder.start();
			Thread watchdog = new Thread(() -> {
				try {
					if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
						stopped.set(true);
						process.destroyForcibly();
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}, "bench-process-watchdog");
			watchdog.setDaemon(true);
			watchdog.start();
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					lines.add(new Line(millisSince(start), line));
					logWriter.write(line);
					logWriter.newLine();
				}
			}
			int exit = process.waitFor();
			return new Result(lines, millisSince(start), exit, stopped.get());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static double millisSince(long start) {
		return (System.nanoTime() - start) / 1e6;
	}

	/**
	 * One line of output.
	 *
	 * @param millis when it arrived, from just before the process was started
	 * @param text the line
	 */
	record Line(double millis, String text) {
	}

	/**
	 * How a run went.
	 *
	 * @param lines every line of output, in order
	 * @param wallMillis from just before the process was started to its exit
	 * @param exitCode the exit code
	 * @param stopped whether it was stopped at the limit
	 */
	record Result(List<Line> lines, double wallMillis, int exitCode, boolean stopped) {

		/**
		 * The last lines, for a failure message.
		 * @return up to 30 lines
		 */
		String tail() {
			return String.join("\n", this.lines.subList(Math.max(0, this.lines.size() - 30), this.lines.size())
				.stream()
				.map(Line::text)
				.toList());
		}

	}

}
