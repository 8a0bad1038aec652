package io.pierre.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command line tool, such as the sqlite3 shell or psql.
 */
final class ProcessRunner {

	private ProcessRunner() {
	}

	/**
	 * Runs a command with its input from a file and its output to a log, and times it.
	 * @param command the command
	 * @param input the file to read as standard input, or {@code null}
	 * @param log where the output goes
	 * @return the wall time in milliseconds, from start to exit
	 */
	static double timed(List<String> command, Path input, Path log) {
		return timed(command, input, log, List.of());
	}

	/**
	 * Runs a command as {@link #timed(List, Path, Path)} does, without some environment variables.
	 * @param command the command
	 * @param input the file to read as standard input, or {@code null}
	 * @param log where the output goes
	 * @param unset the environment variables that the command does not get
	 * @return the wall time in milliseconds, from start to exit
	 */
	static double timed(List<String> command, Path input, Path log, List<String> unset) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		unset.forEach(builder.environment()::remove);
		if (input != null) {
			builder.redirectInput(input.toFile());
		}
		try {
			long start = System.nanoTime();
			Process process = builder.start();
			if (!process.waitFor(30, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException(command.get(0) + " did not finish; see " + log);
			}
			double millis = (System.nanoTime() - start) / 1e6;
			if (process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
						+ "): " + Files.readString(log, StandardCharsets.UTF_8));
			}
			return millis;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The first line that a command prints.
	 * @param command the command
	 * @return the line, or a note that the command is missing
	 */
	static String firstLine(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(1, TimeUnit.MINUTES);
			String line = output.lines().findFirst().orElse("");
			return line.length() > 60 ? line.substring(0, 60) : line;
		}
		catch (IOException ex) {
			return "not found (" + command.get(0) + ")";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

}
