package io.pierre.schema.inspect;

import java.util.Objects;

/**
 * One column of a normalized table.
 *
 * @param type the storage class: {@code TEXT}, {@code INTEGER} or {@code REAL}; a live column
 * whose type reduces to none of them keeps its own type name, so that it never matches
 * @param notNull whether the column refuses NULL (primary-key columns always count as not null)
 * @param defaultValue the default as a normalized SQL literal, such as {@code 'user'} or {@code 1},
 * or {@code null} when the column has none
 */
public record ColumnSchema(String type, boolean notNull, String defaultValue) {

	public ColumnSchema {
		Objects.requireNonNull(type, "type");
	}

	/**
	 * The column as one would declare it, for messages.
	 * @return e.g. {@code TEXT NOT NULL DEFAULT 'user'}
	 */
	public String describe() {
		StringBuilder text = new StringBuilder(this.type);
		if (this.notNull) {
			text.append(" NOT NULL");
		}
		if (this.defaultValue != null) {
			text.append(" DEFAULT ").append(this.defaultValue);
		}
		return text.toString();
	}

}
