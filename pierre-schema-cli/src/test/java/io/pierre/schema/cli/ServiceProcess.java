package io.pierre.schema.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link TestService} in a JVM of its own, as an operator runs a service's jar, in a folder
 * and with environment variables of the test's choosing, and keeps its output and errors apart.
 */
final class ServiceProcess {

	private final Path directory;

	private final Map<String, String> environment;

	private final List<String> jvmOptions;

	private final String classPath;

	ServiceProcess(Path directory, Map<String, String> environment) {
		this(directory, environment, List.of(), System.getProperty("java.class.path"));
	}

	private ServiceProcess(Path directory, Map<String, String> environment, List<String> jvmOptions,
			String classPath) {
		this.directory = directory;
		this.environment = environment;
		this.jvmOptions = jvmOptions;
		this.classPath = classPath;
	}

	/**
	 * The same service with resources of its own, as a jar holds its {@code application.yaml}.
	 * @param resources a folder at the head of the class path
	 * @return the service with them
	 */
	ServiceProcess withResources(Path resources) {
		return new ServiceProcess(this.directory, this.environment, this.jvmOptions,
				resources + File.pathSeparator + this.classPath);
	}

	/**
	 * The same service started with these JVM options, such as system properties.
	 * @param options the options, before the main class
	 * @return the service with them
	 */
	ServiceProcess withJvmOptions(String... options) {
		return new ServiceProcess(this.directory, this.environment, List.of(options), this.classPath);
	}

	Result run(String... args) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(this.jvmOptions);
		command.addAll(List.of("-cp", this.classPath, TestService.class.getName()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.directory.toFile());
		builder.environment().remove("DATABASE_URL");
		builder.environment().keySet().removeIf((name) -> name.startsWith("PIERRE_DATABASE_"));
		builder.environment().putAll(this.environment);
		try {
			Process process = builder.start();
			CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
			String out = read(process.getInputStream());
			if (!process.waitFor(2, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException("The service did not end in time:\n" + out);
			}
			return new Result(process.exitValue(), out, err.join());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String read(InputStream input) {
		try {
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What the service did.
	 *
	 * @param exitCode its exit code
	 * @param out what it printed on its output
	 * @param err what it printed on its errors
	 */
	record Result(int exitCode, String out, String err) {

		String all() {
			return this.out + this.err;
		}

	}

	/**
	 * A command's arguments followed by those that name its database.
	 * @param connection the database's arguments, such as {@code -D <url>}
	 * @param command the command and its own arguments
	 * @return both, the command first
	 */
	static String[] arguments(String[] connection, String... command) {
		String[] all = new String[command.length + connection.length];
		System.arraycopy(command, 0, all, 0, command.length);
		System.arraycopy(connection, 0, all, command.length, connection.length);
		return all;
	}

}
