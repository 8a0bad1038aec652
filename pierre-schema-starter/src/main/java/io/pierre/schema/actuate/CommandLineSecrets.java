package io.pierre.schema.actuate;

import io.pierre.schema.jdbc.JdbcUrls;

/**
 * Masks the secrets of a JVM's command line ({@code sun.java.command}: the main class or jar, then
 * the arguments joined by spaces). Spring Boot reads {@code --name=value} arguments, so each
 * value runs from its {@code =} to the next argument that starts with {@code --}, spaces
 * included, and is shown as the property of that name would be.
 */
final class CommandLineSecrets {

	private static final String OPTION = "--";

	private CommandLineSecrets() {
	}

	static String redact(String commandLine) {
		StringBuilder redacted = new StringBuilder(commandLine.length());
		int start = nextOption(commandLine, 0);
		redacted.append(JdbcUrls.redactText(commandLine.substring(0, start)));
		while (start < commandLine.length()) {
			int next = nextOption(commandLine, start + OPTION.length());
			// The space before the next option is not the value's.
			int end = (next < commandLine.length()) ? next - 1 : next;
			redacted.append(argument(commandLine.substring(start, end))).append(commandLine, end, next);
			start = next;
		}
		return redacted.toString();
	}

	private static String argument(String argument) {
		int equals = argument.indexOf('=');
		if (equals < 0) {
			return JdbcUrls.redactText(argument);
		}
		String name = PierreDatabaseSanitizingFunction.normalize(argument.substring(OPTION.length(), equals));
		return argument.substring(0, equals + 1)
				+ PierreDatabaseSanitizingFunction.sanitize(name, argument.substring(equals + 1));
	}

	/** Where the next {@code --} argument starts at or after {@code from}, or the length. */
	private static int nextOption(String commandLine, int from) {
		if (from == 0 && commandLine.startsWith(OPTION)) {
			return 0;
		}
		int index = commandLine.indexOf(" " + OPTION, Math.max(0, from - 1));
		return (index < 0) ? commandLine.length() : index + 1;
	}

}
