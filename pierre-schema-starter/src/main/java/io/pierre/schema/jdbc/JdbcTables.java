package io.pierre.schema.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Whether a table exists, asked of the driver's metadata by the table's exact name.
 */
public final class JdbcTables {

	private JdbcTables() {
	}

	/**
	 * Whether the table exists.
	 * @param connection the database
	 * @param schema the schema to look in, or {@code null} for any
	 * @param table the table's exact name
	 * @return whether it exists
	 * @throws SQLException if the metadata cannot be read
	 */
	public static boolean exists(Connection connection, String schema, String table) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		try (ResultSet tables = metaData.getTables(null, literal(metaData, schema), literal(metaData, table),
				new String[] { "TABLE" })) {
			return tables.next();
		}
	}

	/** The name as a metadata pattern that matches it alone: {@code _} and {@code %} are wildcards there. */
	private static String literal(DatabaseMetaData metaData, String name) throws SQLException {
		if (name == null) {
			return null;
		}
		String escape = metaData.getSearchStringEscape();
		return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
	}

}
