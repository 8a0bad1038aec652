package io.pierre.schema.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the body of a CHECK constraint into the contract's form. SQLite returns
 * {@code provider IN ('strava', 'fitbit')} as written; PostgreSQL rewrites the same check to
 * {@code (provider = ANY (ARRAY['strava'::text, 'fitbit'::text]))}. Both become
 * {@link CheckConstraint.AllowedValues}; any other check becomes a normalized
 * {@link CheckConstraint.Expression}.
 */
final class CheckParser {

	private static final Pattern IN_LIST = Pattern.compile(
			"^(\"?[A-Za-z_][A-Za-z0-9_$]*\"?)\\s+IN\\s*\\((.*)\\)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern ANY_ARRAY = Pattern.compile(
			"^(\"?[A-Za-z_][A-Za-z0-9_$]*\"?)\\s*=\\s*ANY\\s*\\(\\s*ARRAY\\s*\\[(.*)\\]\\s*\\)$",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern CHECK_KEYWORD = Pattern.compile("^CHECK\\s*", Pattern.CASE_INSENSITIVE);

	private static final Pattern TRAILING_OPTIONS = Pattern.compile("\\s+(NOT VALID|NO INHERIT)\\s*$",
			Pattern.CASE_INSENSITIVE);

	private CheckParser() {
	}

	/**
	 * Parses one check.
	 * @param definition the check body, with or without the leading {@code CHECK} keyword (as
	 * {@code pg_get_constraintdef} returns it)
	 * @return the check in normalized form
	 */
	static CheckConstraint parse(String definition) {
		String body = CHECK_KEYWORD.matcher(definition.trim()).replaceFirst("");
		body = TRAILING_OPTIONS.matcher(body).replaceAll("");
		body = SqlText.stripOuterParentheses(SqlText.stripCasts(body));
		for (Pattern pattern : new Pattern[] { IN_LIST, ANY_ARRAY }) {
			Matcher matcher = pattern.matcher(body);
			if (matcher.matches()) {
				List<String> values = literals(matcher.group(2));
				if (values != null) {
					return new CheckConstraint.AllowedValues(SqlText.identifier(matcher.group(1)), values);
				}
			}
		}
		return new CheckConstraint.Expression(SqlText.normalizeExpression(body));
	}

	/**
	 * The values of a comma-separated list of literals.
	 * @param list e.g. {@code 'a', 'b'}
	 * @return the values, or {@code null} when an item is not a plain literal (the list is then
	 * no simple set of values, and the check stays an expression)
	 */
	private static List<String> literals(String list) {
		List<String> values = new ArrayList<>();
		int i = 0;
		while (i < list.length()) {
			while (i < list.length() && Character.isWhitespace(list.charAt(i))) {
				i++;
			}
			if (i >= list.length()) {
				return null;
			}
			int end;
			if (list.charAt(i) == '\'') {
				end = SqlText.endOfQuoted(list, i);
				values.add(list.substring(i + 1, end).replace("''", "'"));
				end++;
			}
			else {
				end = i;
				while (end < list.length() && list.charAt(end) != ',') {
					end++;
				}
				String item = list.substring(i, end).trim();
				if (!item.matches("-?\\d+(\\.\\d+)?")) {
					return null;
				}
				values.add(item.toLowerCase(Locale.ROOT));
			}
			while (end < list.length() && Character.isWhitespace(list.charAt(end))) {
				end++;
			}
			if (end < list.length() && list.charAt(end) != ',') {
				return null;
			}
			i = end + 1;
			if (end == list.length() - 1) {
				// A trailing comma: not a list of values.
				return null;
			}
		}
		return values.isEmpty() ? null : values;
	}

}
