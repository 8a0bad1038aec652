package io.pierre.schema.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Runs a main class in a JVM of its own, on this test's classpath less what a test leaves out, so
 * that a test sees what loads, or what an application without some jars does, from a clean start.
 */
public final class ForkedJvm {

	/**
	 * The option that every JVM a test starts gets: sqlite-jdbc loads a native library, which
	 * JDK 24 and later warn about on the output that the tests read, unless native access is
	 * enabled.
	 */
	public static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

	private final List<String> jvmOptions = new ArrayList<>(List.of(NATIVE_ACCESS));

	private Predicate<String> classpathFilter = (entry) -> true;

	/**
	 * Leaves the classpath entries whose file name starts with one of the prefixes out.
	 * @param fileNamePrefixes prefixes such as {@code spring-boot-health-}
	 * @return this
	 */
	public ForkedJvm without(String... fileNamePrefixes) {
		Predicate<String> kept = (entry) -> Arrays.stream(fileNamePrefixes)
			.noneMatch((prefix) -> Path.of(entry).getFileName().toString().startsWith(prefix));
		this.classpathFilter = this.classpathFilter.and(kept);
		return this;
	}

	/**
	 * Adds options to the JVM.
	 * @param options options such as {@code -Xlog:class+load=info}
	 * @return this
	 */
	public ForkedJvm withJvmOptions(String... options) {
		this.jvmOptions.addAll(List.of(options));
		return this;
	}

	/**
	 * Runs the class and waits for it, two minutes at most.
	 * @param mainClass the class
	 * @param args its arguments
	 * @return its exit code and what it printed, errors included
	 * @throws IOException if the JVM cannot be started
	 * @throws InterruptedException if interrupted while waiting
	 */
	public Result run(Class<?> mainClass, String... args) throws IOException, InterruptedException {
		String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(this.classpathFilter)
			.collect(Collectors.joining(File.pathSeparator));
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(this.jvmOptions);
		command.addAll(List.of("-cp", classpath, mainClass.getName()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(2, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("The forked JVM did not end in time:\n" + output);
		}
		return new Result(process.exitValue(), output, classpath);
	}

	/**
	 * What a forked JVM did.
	 *
	 * @param exitCode its exit code
	 * @param output what it printed
	 * @param classpath the classpath it ran with
	 */
	public record Result(int exitCode, String output, String classpath) {

		/**
		 * The printed lines that start with a marker, without it.
		 * @param marker a marker such as {@code BEAN }
		 * @return those lines
		 */
		public List<String> linesStartingWith(String marker) {
			return this.output.lines()
				.filter((line) -> line.startsWith(marker))
				.map((line) -> line.substring(marker.length()))
				.toList();
		}

	}

}
