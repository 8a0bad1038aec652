package io.pierre.schema.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The statements of an embedded script whose statements hold semicolons of their own (a trigger's
 * {@code BEGIN ... END}, a {@code DO} block): each ends with a line {@value #END}, a comment, so
 * that the script stays one that sqlite3 and psql run as it is. Spring's {@code ScriptUtils} would
 * skip a separator that is a comment, so such a script is split here.
 */
public final class ScriptStatements {

	/** The line that ends each statement. */
	public static final String END = "-- end of statement";

	private static final Pattern ENDS = Pattern.compile("^" + Pattern.quote(END) + "$", Pattern.MULTILINE);

	private ScriptStatements() {
	}

	/**
	 * Whether a script ends its statements with {@value #END}.
	 * @param script the script's text
	 * @return whether {@link #of(String)} splits it
	 */
	public static boolean endsStatementsWithMarker(String script) {
		return script.contains(END);
	}

	/**
	 * Splits a script at its {@value #END} lines.
	 * @param script the script's text
	 * @return its statements in order, each without its comment lines; a part of comments only is
	 * none
	 */
	public static List<String> of(String script) {
		List<String> statements = new ArrayList<>();
		for (String part : ENDS.split(script)) {
			String sql = withoutCommentLines(part);
			if (!sql.isEmpty()) {
				statements.add(sql);
			}
		}
		return List.copyOf(statements);
	}

	private static String withoutCommentLines(String part) {
		StringBuilder sql = new StringBuilder();
		for (String line : part.split("\n")) {
			if (!line.strip().startsWith("--")) {
				sql.append(line).append('\n');
			}
		}
		return sql.toString().strip();
	}

}
