package io.pierre.schema.inspect;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key of a normalized table.
 *
 * @param columns the referencing columns, in key order
 * @param references the referenced table
 * @param referencedColumns the referenced columns, in key order
 * @param onDelete the delete rule as SQL spells it: {@code CASCADE}, {@code SET NULL},
 * {@code SET DEFAULT}, {@code RESTRICT} or {@code NO ACTION}
 */
public record ForeignKeySchema(List<String> columns, String references, List<String> referencedColumns,
		String onDelete) {

	public ForeignKeySchema {
		columns = List.copyOf(columns);
		Objects.requireNonNull(references, "references");
		referencedColumns = List.copyOf(referencedColumns);
		Objects.requireNonNull(onDelete, "onDelete");
	}

	/**
	 * The key as one would declare it, for messages.
	 * @return e.g. {@code (user_id) REFERENCES users (id) ON DELETE CASCADE}
	 */
	public String describe() {
		return "(" + String.join(", ", this.columns) + ") REFERENCES " + this.references + " ("
				+ String.join(", ", this.referencedColumns) + ") ON DELETE " + this.onDelete;
	}

}
