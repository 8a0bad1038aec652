package io.pierre.schema.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into its statements at each {@code ;} that ends one, that is outside quotes and
 * comments. Comments before a statement are left out, those inside it kept; a part with nothing
 * but comments and blanks is no statement.
 */
final class SqlScript {

	private SqlScript() {
	}

	/**
	 * The statements of a classpath resource.
	 * @param resource the resource's path, such as {@code sql/statements.sql}
	 * @param classLoader where to find it
	 * @return the statements, without their {@code ;}
	 * @throws IllegalArgumentException if there is no such resource
	 */
	static List<String> fromResource(String resource, ClassLoader classLoader) {
		String path = resource.startsWith("/") ? resource.substring(1) : resource;
		try (InputStream input = classLoader.getResourceAsStream(path)) {
			if (input == null) {
				throw new IllegalArgumentException("No resource " + path + " on the class path");
			}
			return split(new String(input.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + path, ex);
		}
	}

	static List<String> split(String script) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean hasCode = false;
		int i = 0;
		while (i < script.length()) {
			char c = script.charAt(i);
			int end;
			if (c == '\'' || c == '"') {
				end = closingQuote(script, i, c);
			}
			else if (script.startsWith("--", i)) {
				end = endOf(script, i, "\n");
			}
			else if (script.startsWith("/*", i)) {
				end = endOf(script, i + 2, "*/");
			}
			else if (c == ';') {
				add(statements, current, hasCode);
				current.setLength(0);
				hasCode = false;
				i++;
				continue;
			}
			else {
				end = i + 1;
			}
			boolean comment = script.startsWith("--", i) || script.startsWith("/*", i);
			hasCode = hasCode || (!comment && !Character.isWhitespace(c));
			if (hasCode) {
				current.append(script, i, end);
			}
			i = end;
		}
		add(statements, current, hasCode);
		return List.copyOf(statements);
	}

	private static void add(List<String> statements, StringBuilder statement, boolean hasCode) {
		if (hasCode) {
			statements.add(statement.toString().strip());
		}
	}

	/** Where a quoted part ends; a doubled quote inside it is one character, not its end. */
	private static int closingQuote(String script, int start, char quote) {
		int i = start + 1;
		while (i < script.length()) {
			if (script.charAt(i) == quote) {
				if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
					i += 2;
					continue;
				}
				return i + 1;
			}
			i++;
		}
		return script.length();
	}

	private static int endOf(String script, int from, String terminator) {
		int at = script.indexOf(terminator, from);
		return (at < 0) ? script.length() : at + terminator.length();
	}

}
