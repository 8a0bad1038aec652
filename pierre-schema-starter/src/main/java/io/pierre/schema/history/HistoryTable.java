package io.pierre.schema.history;

import java.util.regex.Pattern;

import static io.pierre.schema.jdbc.JdbcTables.quote;

/**
 * Where a database's Pierre history is kept: the table, and on PostgreSQL the schema that holds
 * it and the Pierre tables. Both are plain identifiers, so that no SQL ever runs with a name that
 * could be anything else.
 *
 * @param name the history table's name
 * @param schema the PostgreSQL schema, or {@code null} for the connection's
 */
public record HistoryTable(String name, String schema) {

	/** The history table's name unless told otherwise. */
	public static final String DEFAULT_NAME = "pierre_schema_history";

	private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

	public HistoryTable {
		if (!isPlainIdentifier(name) || (schema != null && !isPlainIdentifier(schema))) {
			throw new IllegalArgumentException("Not a plain SQL identifier: " + ((schema != null) ? schema + "." : "")
					+ name);
		}
	}

	/**
	 * The default table in the connection's schema.
	 * @return the history table
	 */
	public static HistoryTable defaults() {
		return new HistoryTable(DEFAULT_NAME, null);
	}

	/**
	 * Whether a name can be used as a table or schema name as it is.
	 * @param name the name
	 * @return whether it is a letter or underscore, then letters, digits or underscores, at most 63
	 */
	public static boolean isPlainIdentifier(String name) {
		return name != null && PLAIN_IDENTIFIER.matcher(name).matches();
	}

	/**
	 * The table's name for SQL, qualified with its schema when there is one.
	 * @return the quoted name
	 */
	public String qualifiedName() {
		return (this.schema != null) ? quote(this.schema) + "." + quote(this.name) : quote(this.name);
	}

}
