package io.pierre.schema.inspect;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what SQLite keeps only in the text of {@code sqlite_master.sql}: the CHECK constraints of a
 * table (no pragma lists them) and the predicate of a partial index. A small scanner, not a
 * parser: it skips literals, quoted names and comments, and looks for the keywords at the right
 * nesting depth.
 */
final class SqliteDdl {

	private SqliteDdl() {
	}

	/**
	 * The bodies of every CHECK constraint of a table, column-level and table-level alike.
	 * @param createTable the table's {@code CREATE TABLE} statement
	 * @return each check's text between its parentheses, in order of appearance
	 */
	static List<String> checkBodies(String createTable) {
		List<String> bodies = new ArrayList<>();
		int i = 0;
		while (i < createTable.length()) {
			int skipped = skip(createTable, i);
			if (skipped != i) {
				i = skipped;
				continue;
			}
			if (isKeywordAt(createTable, i, "CHECK")) {
				int open = i + "CHECK".length();
				while (open < createTable.length() && Character.isWhitespace(createTable.charAt(open))) {
					open++;
				}
				if (open < createTable.length() && createTable.charAt(open) == '(') {
					int close = SqlText.closingParenthesis(createTable, open);
					if (close < 0) {
						throw new IllegalArgumentException("Unbalanced CHECK in: " + createTable);
					}
					bodies.add(createTable.substring(open + 1, close));
					i = close + 1;
					continue;
				}
			}
			i++;
		}
		return bodies;
	}

	/**
	 * The predicate of a partial index.
	 * @param createIndex the index's {@code CREATE INDEX} statement
	 * @return the text after the top-level {@code WHERE}, or {@code null} when there is none
	 */
	static String partialIndexPredicate(String createIndex) {
		int depth = 0;
		int i = 0;
		while (i < createIndex.length()) {
			int skipped = skip(createIndex, i);
			if (skipped != i) {
				i = skipped;
				continue;
			}
			char c = createIndex.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (depth == 0 && isKeywordAt(createIndex, i, "WHERE")) {
				return createIndex.substring(i + "WHERE".length()).trim();
			}
			i++;
		}
		return null;
	}

	/** Past a literal, a quoted name or a comment that starts at {@code i}; else {@code i}. */
	private static int skip(String sql, int i) {
		char c = sql.charAt(i);
		if (c == '\'' || c == '"' || c == '`') {
			return endOf(sql, i, String.valueOf(c), 1);
		}
		if (c == '[') {
			return endOf(sql, i, "]", 1);
		}
		if (sql.startsWith("--", i)) {
			return endOf(sql, i, "\n", 2);
		}
		if (sql.startsWith("/*", i)) {
			return endOf(sql, i, "*/", 2);
		}
		return i;
	}

	private static int endOf(String sql, int start, String terminator, int openLength) {
		if (terminator.length() == 1 && terminator.charAt(0) == sql.charAt(start)) {
			return SqlText.endOfQuoted(sql, start) + 1;
		}
		int end = sql.indexOf(terminator, start + openLength);
		return (end < 0) ? sql.length() : end + terminator.length();
	}

	private static boolean isKeywordAt(String sql, int i, String keyword) {
		if (!sql.regionMatches(true, i, keyword, 0, keyword.length())) {
			return false;
		}
		boolean startsWord = i == 0 || !isWordChar(sql.charAt(i - 1));
		int after = i + keyword.length();
		boolean endsWord = after >= sql.length() || !isWordChar(sql.charAt(after));
		return startsWord && endsWord;
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '$';
	}

}
