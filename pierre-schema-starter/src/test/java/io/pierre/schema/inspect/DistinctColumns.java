package io.pierre.schema.inspect;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An expression check of the form {@code column != other}, two columns of a row that must differ
 * (the schema's one such check is that a friend connection does not join a user to themselves);
 * a row refuses it when the column holds the other's value.
 *
 * @param column the checked column
 * @param other the column whose value it must not hold
 */
record DistinctColumns(String column, String other) {

	private static final Pattern FORM = Pattern.compile("^([a-z_][a-z0-9_]*) != ([a-z_][a-z0-9_]*)$");

	static Optional<DistinctColumns> parse(CheckConstraint.Expression check) {
		Matcher matcher = FORM.matcher(check.expression());
		return matcher.matches() ? Optional.of(new DistinctColumns(matcher.group(1), matcher.group(2)))
				: Optional.empty();
	}

	@Override
	public String toString() {
		return "the value of " + this.other;
	}

}
