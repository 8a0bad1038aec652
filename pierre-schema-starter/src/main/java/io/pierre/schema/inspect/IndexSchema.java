package io.pierre.schema.inspect;

import java.util.List;
import java.util.Objects;

/**
 * A named index: one created by {@code CREATE INDEX}, not one that only backs a primary key or a
 * UNIQUE constraint.
 *
 * @param name the index name
 * @param unique whether the index is unique
 * @param columns the indexed columns in order, each followed by {@code " desc"} where descending
 * @param where the normalized predicate of a partial index, or {@code null}
 */
public record IndexSchema(String name, boolean unique, List<String> columns, String where) {

	public IndexSchema {
		Objects.requireNonNull(name, "name");
		columns = List.copyOf(columns);
	}

	/**
	 * The index as one would declare it, for messages.
	 * @return e.g. {@code UNIQUE (firebase_uid) WHERE firebase_uid is not null}
	 */
	public String describe() {
		return (this.unique ? "UNIQUE " : "") + "(" + String.join(", ", this.columns) + ")"
				+ ((this.where != null) ? " WHERE " + this.where : "");
	}

}
