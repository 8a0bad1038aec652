package io.pierre.schema.inspect;

/**
 * One way in which a live schema differs from the expected one.
 *
 * @param table the table concerned
 * @param element what differs: {@code table}, {@code column role}, {@code primary key},
 * {@code unique (a, b)}, {@code foreign key (user_id)}, {@code check on role},
 * {@code index idx_x}, {@code row id=...}
 * @param expected what the contract says, or {@code "(none)"}
 * @param found what the database has, or {@code "(none)"}
 */
public record SchemaDifference(String table, String element, String expected, String found) {

	/** How an absent side reads in a difference. */
	public static final String NONE = "(none)";

	@Override
	public String toString() {
		return this.table + ": " + this.element + ": expected " + this.expected + ", found " + this.found;
	}

}
