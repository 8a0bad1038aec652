package io.pierre.schema.inspect;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A row that the migrations themselves insert, without its {@code created_at}/{@code updated_at}
 * (those hold the time of the migration, so no two databases agree on them).
 *
 * @param values the column values by column name, normalized by {@link #normalizeValue(Object)};
 * a value may be {@code null}
 */
public record ReferenceRow(Map<String, Object> values) {

	public ReferenceRow {
		// Map.copyOf refuses null values, and a column may well be NULL.
		TreeMap<String, Object> copy = new TreeMap<>();
		values.forEach((column, value) -> copy.put(column, normalizeValue(value)));
		values = Collections.unmodifiableMap(copy);
	}

	/**
	 * One value of a column.
	 * @param column the column name
	 * @return the normalized value, or {@code null}
	 */
	public Object get(String column) {
		return this.values.get(column);
	}

	/**
	 * Brings a value from JSON or JDBC to one representation, so that rows compare equal across
	 * sources: JDBC gives an Integer on SQLite and a Long on PostgreSQL for the same column.
	 * @param value a value
	 * @return integral numbers as Long, other numbers as Double, anything else unchanged
	 */
	public static Object normalizeValue(Object value) {
		if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
			return ((Number) value).longValue();
		}
		if (value instanceof BigInteger big) {
			return big.longValueExact();
		}
		if (value instanceof BigDecimal decimal) {
			return (decimal.stripTrailingZeros().scale() <= 0) ? (Object) decimal.longValueExact()
					: (Object) decimal.doubleValue();
		}
		if (value instanceof Float || value instanceof Double) {
			return ((Number) value).doubleValue();
		}
		return value;
	}

}
