package io.pierre.schema.inspect;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A CHECK constraint in the normalized form of the contract: either a column restricted to a set
 * of values, or any other expression as normalized text.
 */
public sealed interface CheckConstraint permits CheckConstraint.AllowedValues, CheckConstraint.Expression {

	/**
	 * The constraint for messages.
	 * @return e.g. {@code role IN ('admin', 'user')}
	 */
	String describe();

	/**
	 * {@code column IN (values)}. The values are kept sorted: their order means nothing, and
	 * PostgreSQL and SQLite need not report them in the order they were written.
	 *
	 * @param column the checked column
	 * @param values the allowed values, sorted, without duplicates
	 */
	record AllowedValues(String column, List<String> values) implements CheckConstraint {

		public AllowedValues {
			Objects.requireNonNull(column, "column");
			values = List.copyOf(new TreeSet<>(values));
		}

		@Override
		public String describe() {
			StringBuilder text = new StringBuilder(this.column).append(" IN (");
			for (int i = 0; i < this.values.size(); i++) {
				text.append((i > 0) ? ", " : "").append('\'').append(this.values.get(i).replace("'", "''")).append('\'');
			}
			return text.append(')').toString();
		}

	}

	/**
	 * Any other check, as normalized expression text (lower case outside literals, single spaces,
	 * no spaces around parentheses and commas, no redundant outer parentheses, no casts).
	 *
	 * @param expression the normalized expression, such as {@code amount > 0}
	 */
	record Expression(String expression) implements CheckConstraint {

		public Expression {
			Objects.requireNonNull(expression, "expression");
		}

		@Override
		public String describe() {
			return this.expression;
		}

	}

}
