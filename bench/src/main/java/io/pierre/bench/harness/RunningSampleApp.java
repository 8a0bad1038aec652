package io.pierre.bench.harness;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The sample app's packaged jar started as a service on a SQLite file, on a free port of
 * 127.0.0.1, until Boot logs {@code Started ...}; stopped by the harness.
 */
final class RunningSampleApp implements AutoCloseable {

	private static final Duration START_LIMIT = Duration.ofMinutes(3);

	private final Process process;

	private final int port;

	private final double startedMillis;

	private RunningSampleApp(Process process, int port, double startedMillis) {
		this.process = process;
		this.port = port;
		this.startedMillis = startedMillis;
	}

	/**
	 * Starts the app and waits until it has started.
	 * @param java the java command
	 * @param jar the sample app's jar
	 * @param sqliteFile the database
	 * @param log where its output goes
	 * @return the running app
	 */
	static RunningSampleApp start(String java, Path jar, Path sqliteFile, Path log) {
		int port = freePort();
		List<String> command = List.of(java, "-jar", jar.toString(), "--server.address=127.0.0.1",
				"--server.port=" + port, "--pierre.database.url=jdbc:sqlite:" + sqliteFile);
		CompletableFuture<Double> started = new CompletableFuture<>();
		long start = System.nanoTime();
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread reader = new Thread(() -> copyOutput(process, log, start, started), "bench-sample-app-output");
		reader.setDaemon(true);
		reader.start();
		try {
			return new RunningSampleApp(process, port, started.get(START_LIMIT.toSeconds(), TimeUnit.SECONDS));
		}
		catch (ExecutionException | TimeoutException ex) {
			process.destroyForcibly();
			throw new IllegalStateException("The sample app did not start; see " + log, ex);
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Writes the output to the log and completes {@code started} at Boot's "Started" line. */
	private static void copyOutput(Process process, Path log, long start, CompletableFuture<Double> started) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (!started.isDone() && line.contains(" Started ") && line.contains(" seconds")) {
					started.complete((System.nanoTime() - start) / 1e6);
				}
				out.write(line);
				out.newLine();
			}
		}
		catch (IOException ex) {
			started.completeExceptionally(ex);
		}
		started.completeExceptionally(new IllegalStateException("The sample app exited before it started"));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The app's base address.
	 * @return e.g. {@code http://127.0.0.1:43210}
	 */
	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	/**
	 * From just before the process was started to Boot's "Started" line.
	 * @return milliseconds
	 */
	double startedMillis() {
		return this.startedMillis;
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
