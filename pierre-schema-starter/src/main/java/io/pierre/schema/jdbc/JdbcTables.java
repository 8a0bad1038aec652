package io.pierre.schema.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tables over JDBC: whether one exists, asked of the driver's metadata by its exact name, and how
 * an identifier is written in SQL.
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

	/**
	 * The names of the tables in a schema, in one call.
	 * @param connection the database
	 * @param schema the schema to look in, or {@code null} for any
	 * @return the names
	 * @throws SQLException if the metadata cannot be read
	 */
	public static Set<String> names(Connection connection, String schema) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		Set<String> names = new TreeSet<>();
		try (ResultSet tables = metaData.getTables(null, literal(metaData, schema), "%", new String[] { "TABLE" })) {
			while (tables.next()) {
				names.add(tables.getString("TABLE_NAME"));
			}
		}
		return names;
	}

	/**
	 * An identifier quoted for SQL, as SQLite and PostgreSQL read it: its case kept, a double quote
	 * in it doubled.
	 * @param identifier a table, column or schema name
	 * @return the quoted identifier
	 */
	public static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
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
