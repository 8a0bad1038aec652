package io.pierre.schema.inspect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An expression check of the form {@code column op number}, the form of all but one of the
 * schema's expression checks (the other is {@link DistinctColumns}), so that tests can tell which values it allows. Any other form is refused, so that
 * a new kind of check cannot slip through the tests untested.
 *
 * @param column the checked column
 * @param operator one of {@code >}, {@code >=}, {@code <}, {@code <=}
 * @param bound the number compared with
 */
record SimpleCheck(String column, String operator, double bound) {

	private static final Pattern FORM = Pattern.compile("^([a-z_][a-z0-9_]*) (>=|>|<=|<) (-?\\d+(?:\\.\\d+)?)$");

	static SimpleCheck parse(CheckConstraint.Expression check) {
		Matcher matcher = FORM.matcher(check.expression());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("No test case can be derived for the check '" + check.expression()
					+ "': teach SimpleCheck its form");
		}
		return new SimpleCheck(matcher.group(1), matcher.group(2), Double.parseDouble(matcher.group(3)));
	}

	boolean allows(double value) {
		return switch (this.operator) {
			case ">" -> value > this.bound;
			case ">=" -> value >= this.bound;
			case "<" -> value < this.bound;
			default -> value <= this.bound;
		};
	}

	/**
	 * The nearest whole number just outside the allowed range.
	 * @return a value the check refuses
	 */
	long violatingValue() {
		long bound = (long) Math.floor(this.bound);
		return switch (this.operator) {
			case ">" -> bound;
			case ">=" -> bound - 1;
			case "<" -> (long) Math.ceil(this.bound);
			default -> bound + 1;
		};
	}

}
