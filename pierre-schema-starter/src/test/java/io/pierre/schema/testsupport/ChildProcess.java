package io.pierre.schema.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;


/**
 * A JVM of its own, started with the test classpath to run a main class of the tests (a migration
 * or a revert), that a test can kill as an operating system kills a process: {@link Process#destroyForcibly()}, which is
 * SIGKILL, so that no shutdown hook, finally block or connection close runs.
 */
public final class ChildProcess implements AutoCloseable {

	private final Process process;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private ChildProcess(Process process) {
		this.process = process;
		Thread reader = new Thread(this::readOutput, "child-output-" + process.pid());
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Starts a main class.
	 * @param mainClass the class whose {@code main} runs
	 * @param arguments its arguments
	 * @return the running process
	 */
	public static ChildProcess start(Class<?> mainClass, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx256m");
		command.add("-XX:TieredStopAtLevel=1");
		command.add(ForkedJvm.NATIVE_ACCESS);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(mainClass.getName());
		command.addAll(List.of(arguments));
		try {
			return new ChildProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + command.get(0), ex);
		}
	}

	private void readOutput() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				this.lines.add(line);
			}
		}
		catch (IOException ex) {
			// The process is gone.
		}
	}

	/**
	 * Waits for a line of output.
	 * @param matching what the line looks like
	 * @param timeout how long to wait at most
	 * @return the line, or empty if the process ended or the time ran out first
	 * @throws InterruptedException if interrupted
	 */
	public Optional<String> awaitLine(Predicate<String> matching, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		int seen = 0;
		while (System.nanoTime() < deadline) {
			List<String> snapshot = List.copyOf(this.lines);
			for (int i = seen; i < snapshot.size(); i++) {
				if (matching.test(snapshot.get(i))) {
					return Optional.of(snapshot.get(i));
				}
			}
			seen = snapshot.size();
			if (!this.process.isAlive() && seen == this.lines.size()) {
				return Optional.empty();
			}
			Thread.sleep(2);
		}
		return Optional.empty();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Kills the process with SIGKILL and waits until it is gone.
	 * @throws InterruptedException if interrupted
	 */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			throw new IllegalStateException("Process " + this.process.pid() + " survived SIGKILL");
		}
	}

	/**
	 * Waits for the process to end by itself.
	 * @param timeout how long to wait at most
	 * @return its exit code
	 * @throws InterruptedException if interrupted
	 */
	public int awaitExit(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException("Process " + this.process.pid() + " still runs after " + timeout);
		}
		return this.process.exitValue();
	}

	/**
	 * What the process has written so far.
	 * @return its output, one line each
	 */
	public List<String> output() {
		return List.copyOf(this.lines);
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

}
