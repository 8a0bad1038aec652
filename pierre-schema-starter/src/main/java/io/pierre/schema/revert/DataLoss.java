package io.pierre.schema.revert;

/**
 * Data that a down script would discard: the rows of a table it drops, or the non-null values
 * of a column it drops.
 *
 * @param version the version whose down script drops it
 * @param table the table
 * @param column the column, or {@code null} when the whole table goes
 * @param rows how many rows hold data there
 */
public record DataLoss(String version, String table, String column, long rows) {

	/**
	 * What is lost, for a message.
	 * @return e.g. {@code table recipes (3 rows)} or {@code column users.role (2 non-null values)}
	 */
	public String describe() {
		return (this.column != null) ? "column " + this.table + "." + this.column + " (" + this.rows
				+ " non-null values, version " + this.version + ")"
				: "table " + this.table + " (" + this.rows + " rows, version " + this.version + ")";
	}

}
