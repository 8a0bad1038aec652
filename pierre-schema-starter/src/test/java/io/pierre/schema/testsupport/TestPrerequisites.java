package io.pierre.schema.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine, a server or a command: when it is missing, the test is
 * skipped with the reason, visible in the test report, except under {@code CI=true}, where a
 * missing prerequisite fails the test, so that CI never passes by checking nothing.
 */
public final class TestPrerequisites {

	private TestPrerequisites() {
	}

	/**
	 * Requires a command on the {@code PATH}.
	 * @param command the command, such as {@code sqlite3}
	 */
	public static void requireCommand(String command) {
		requireCommand(command, System.getenv());
	}

	static void requireCommand(String command, Map<String, String> environment) {
		if (!onPath(command, environment.getOrDefault("PATH", ""))) {
			missing("This test runs " + command + ", which is not on the PATH; install it to run the test",
					environment);
		}
	}

	/**
	 * Skips the test, or fails it under {@code CI=true}.
	 * @param reason what is missing and how to provide it
	 */
	public static void missing(String reason) {
		missing(reason, System.getenv());
	}

	private static void missing(String reason, Map<String, String> environment) {
		if ("true".equalsIgnoreCase(environment.get("CI"))) {
			Assertions.fail(reason + " (CI=true: tests may not be skipped)");
		}
		Assumptions.abort(reason);
	}

	private static boolean onPath(String command, String path) {
		for (String folder : path.split(File.pathSeparator)) {
			if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, command))) {
				return true;
			}
		}
		return false;
	}

}
