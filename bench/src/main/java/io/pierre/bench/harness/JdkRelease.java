package io.pierre.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A JDK's version, as its {@code release} file gives it, without starting it.
 */
final class JdkRelease {

	private JdkRelease() {
	}

	/**
	 * The feature release of a JDK.
	 * @param home the JDK's home folder
	 * @return e.g. 17 or 25
	 */
	static int feature(Path home) {
		return Integer.parseInt(version(home).split("[.+\\-]")[0]);
	}

	/**
	 * The version of a JDK.
	 * @param home the JDK's home folder
	 * @return e.g. {@code 25.0.1}
	 */
	static String version(Path home) {
		try {
			return Files.readAllLines(home.resolve("release"), StandardCharsets.UTF_8)
				.stream()
				.filter((line) -> line.startsWith("JAVA_VERSION="))
				.map((line) -> line.substring(line.indexOf('=') + 1).replace("\"", "").trim())
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No JAVA_VERSION in " + home.resolve("release")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the release file of " + home, ex);
		}
	}

}
