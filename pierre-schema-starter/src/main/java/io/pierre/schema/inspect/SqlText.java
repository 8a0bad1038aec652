package io.pierre.schema.inspect;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings SQL fragments that databases report (CHECK bodies, defaults, index predicates) to the
 * contract's normalized text. The two databases print the same expression differently:
 * PostgreSQL adds casts ({@code 'x'::text}, {@code (0)::double precision}), quotes keywords used as
 * identifiers and wraps expressions in parentheses; SQLite returns the text as it was written.
 * Everything here works outside string literals only, so a literal's text is never altered.
 */
final class SqlText {

	/** A string literal, with '' as the escaped quote. */
	private static final String LITERAL = "'(?:[^']|'')*'";

	/** A number, optionally negative. */
	private static final String NUMBER = "-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?";

	/** An array constructor of literals, as PostgreSQL prints the list of an IN check. */
	private static final String ARRAY = "ARRAY\\[(?:[^\\]']|" + LITERAL + ")*\\]";

	/** A plain identifier, optionally double-quoted. */
	private static final String IDENTIFIER = "\"?[A-Za-z_][A-Za-z0-9_$]*\"?";

	/** The type of a cast; multi-word types first, so that "double precision" is taken whole. */
	private static final String CAST_TYPE = "(?:double precision|character varying|bit varying"
			+ "|timestamp(?:\\(\\d+\\))? with(?:out)? time zone|time(?:\\(\\d+\\))? with(?:out)? time zone"
			+ "|\"?[A-Za-z_][A-Za-z0-9_]*\"?(?:\\(\\d+(?:,\\d+)?\\))?)(?:\\[\\])*";

	/** A quoted number cast to a numeric type: PostgreSQL writes some numeric defaults so. */
	private static final Pattern QUOTED_NUMBER_CAST = Pattern.compile(
			"'(" + NUMBER + ")'::(?:bigint|integer|smallint|numeric|real|double precision)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * An atom in parentheses followed by a cast: {@code (0)::double precision}, or
	 * {@code (ARRAY['a'::character varying])::text[]} for a varchar column's IN check.
	 */
	private static final Pattern PARENTHESIZED_CAST = Pattern.compile(
			"\\(\\s*(" + LITERAL + "|" + NUMBER + "|" + ARRAY + "|" + IDENTIFIER + ")\\s*\\)::" + CAST_TYPE,
			Pattern.CASE_INSENSITIVE);

	/** An atom followed by a cast: {@code 'x'::text}, {@code provider::text}. */
	private static final Pattern PLAIN_CAST = Pattern.compile(
			"(" + LITERAL + "|" + NUMBER + "|" + IDENTIFIER + "|\\])::" + CAST_TYPE, Pattern.CASE_INSENSITIVE);

	private static final Pattern QUOTED_IDENTIFIER = Pattern.compile("\"([A-Za-z_][A-Za-z0-9_$]*)\"");

	private SqlText() {
	}

	/**
	 * Removes PostgreSQL's casts, keeping what was cast.
	 * @param sql an expression
	 * @return the expression without casts
	 */
	static String stripCasts(String sql) {
		String result = QUOTED_NUMBER_CAST.matcher(sql).replaceAll("$1");
		String previous;
		do {
			// Repeat: a cast may wrap a cast, e.g. ((x)::text)::varchar.
			previous = result;
			result = replaceOutsideLiterals(result, PARENTHESIZED_CAST);
			result = replaceOutsideLiterals(result, PLAIN_CAST);
		}
		while (!result.equals(previous));
		return result;
	}

	private static String replaceOutsideLiterals(String sql, Pattern pattern) {
		// The patterns match literals whole, so a "::" inside a literal is skipped over with it;
		// a match is only rewritten when it starts where a token can start.
		Matcher matcher = pattern.matcher(sql);
		StringBuilder out = new StringBuilder();
		int last = 0;
		while (matcher.find()) {
			if (insideLiteral(sql, matcher.start())) {
				continue;
			}
			out.append(sql, last, matcher.start()).append(matcher.group(1));
			last = matcher.end();
		}
		return out.append(sql.substring(last)).toString();
	}

	private static boolean insideLiteral(String sql, int position) {
		boolean inside = false;
		for (int i = 0; i < position; i++) {
			if (sql.charAt(i) == '\'') {
				inside = !inside;
			}
		}
		return inside;
	}

	/**
	 * Removes parentheses that enclose the whole text, as often as they do.
	 * @param sql an expression
	 * @return the expression without enclosing parentheses, trimmed
	 */
	static String stripOuterParentheses(String sql) {
		String result = sql.trim();
		while (result.startsWith("(") && closingParenthesis(result, 0) == result.length() - 1) {
			result = result.substring(1, result.length() - 1).trim();
		}
		return result;
	}

	/**
	 * Where the parenthesis opened at {@code open} closes, skipping literals and quoted names.
	 * @param sql the text
	 * @param open the index of an opening parenthesis
	 * @return the index of its closing parenthesis, or -1 when it does not close
	 */
	static int closingParenthesis(String sql, int open) {
		int depth = 0;
		for (int i = open; i < sql.length(); i++) {
			char c = sql.charAt(i);
			if (c == '\'' || c == '"') {
				i = endOfQuoted(sql, i);
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The index of the quote that ends a quoted text starting at {@code start}; a doubled quote is
	 * an escaped one.
	 * @param sql the text
	 * @param start the index of the opening quote
	 * @return the index of the closing quote, or the last index when it is not closed
	 */
	static int endOfQuoted(String sql, int start) {
		char quote = sql.charAt(start);
		int i = start + 1;
		while (i < sql.length()) {
			if (sql.charAt(i) == quote) {
				if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
					i += 2;
					continue;
				}
				return i;
			}
			i++;
		}
		return sql.length() - 1;
	}

	/**
	 * The contract's form of an expression: no casts, no quotes around plain identifiers, lower
	 * case, {@code !=} for {@code <>} and single spaces outside literals, no spaces around parentheses and commas, no
	 * enclosing parentheses.
	 * @param sql an expression as a database reports it
	 * @return the normalized expression
	 */
	static String normalizeExpression(String sql) {
		String result = stripOuterParentheses(stripCasts(sql));
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < result.length()) {
			char c = result.charAt(i);
			if (c == '\'') {
				int end = endOfQuoted(result, i);
				out.append(result, i, end + 1);
				i = end + 1;
				continue;
			}
			if (Character.isWhitespace(c)) {
				out.append(' ');
				while (i < result.length() && Character.isWhitespace(result.charAt(i))) {
					i++;
				}
				continue;
			}
			if (c == '<' && i + 1 < result.length() && result.charAt(i + 1) == '>') {
				// PostgreSQL prints "not equal" as <>, whichever of the two was written.
				out.append("!=");
				i += 2;
				continue;
			}
			out.append(Character.toLowerCase(c));
			i++;
		}
		String text = unquoteIdentifiers(out.toString());
		text = removeSpacesAroundPunctuation(text);
		return stripOuterParentheses(text);
	}

	private static String unquoteIdentifiers(String sql) {
		Matcher matcher = QUOTED_IDENTIFIER.matcher(sql);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out,
					insideLiteral(sql, matcher.start()) ? Matcher.quoteReplacement(matcher.group())
							: Matcher.quoteReplacement(matcher.group(1)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String removeSpacesAroundPunctuation(String sql) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < sql.length()) {
			char c = sql.charAt(i);
			if (c == '\'') {
				int end = endOfQuoted(sql, i);
				out.append(sql, i, end + 1);
				i = end + 1;
				continue;
			}
			if (c == '(' || c == ')' || c == ',') {
				while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
					out.setLength(out.length() - 1);
				}
				out.append(c);
				i++;
				while (i < sql.length() && sql.charAt(i) == ' ') {
					i++;
				}
				continue;
			}
			out.append(c);
			i++;
		}
		return out.toString().trim();
	}

	/**
	 * The contract's form of a column default: a literal stays as written ({@code 'user'},
	 * {@code 1}), casts go, and an explicit NULL default is no default.
	 * @param sql the default as the database reports it, or {@code null}
	 * @return the normalized default, or {@code null} when the column has none
	 */
	static String normalizeDefault(String sql) {
		if (sql == null || sql.isBlank()) {
			return null;
		}
		String result = stripOuterParentheses(stripCasts(sql.trim()));
		if (result.equalsIgnoreCase("null")) {
			return null;
		}
		if (result.matches(LITERAL) || result.matches(NUMBER)) {
			return result;
		}
		return normalizeExpression(result);
	}

	/**
	 * Lower case, as identifiers compare in both databases when unquoted.
	 * @param name an identifier, possibly double-quoted
	 * @return the identifier without quotes, lower case
	 */
	static String identifier(String name) {
		String trimmed = name.trim();
		if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
			trimmed = trimmed.substring(1, trimmed.length() - 1).replace("\"\"", "\"");
		}
		return trimmed.toLowerCase(Locale.ROOT);
	}

}
