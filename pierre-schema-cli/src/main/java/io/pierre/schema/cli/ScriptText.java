package io.pierre.schema.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The text of an embedded script, as a dry run prints it: without its last line break, so that
 * what follows starts on the next line.
 */
final class ScriptText {

	private ScriptText() {
	}

	/**
	 * Reads a script from the class path.
	 * @param classLoader the class loader that holds it
	 * @param location its class-path location
	 * @return its text
	 * @throws IllegalStateException if it is missing
	 */
	static String read(ClassLoader classLoader, String location) {
		try (InputStream input = classLoader.getResourceAsStream(location)) {
			if (input == null) {
				throw new IllegalStateException("The script " + location + " is missing from the classpath");
			}
			String text = new String(input.readAllBytes(), StandardCharsets.UTF_8);
			return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + location, ex);
		}
	}

}
