package io.pierre.schema.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.pierre.schema.jdbc.JdbcTables;

import static io.pierre.schema.jdbc.JdbcTables.quote;

/**
 * Reads {@code _sqlx_migrations}, never writes it.
 */
public final class SqlxHistoryReader {

	public static final String TABLE = "_sqlx_migrations";

	private final String schema;

	public SqlxHistoryReader(String schema) {
		this.schema = schema;
	}

	public Optional<List<SqlxMigration>> read(Connection connection) throws SQLException {
		if (!JdbcTables.exists(connection, this.schema, TABLE)) {
			return Optional.empty();
		}
		String table = (this.schema != null) ? quote(this.schema) + "." + TABLE : TABLE;
		List<SqlxMigration> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("SELECT version, description, success FROM " + table + " ORDER BY version")) {
			while (result.next()) {
				rows.add(new SqlxMigration(result.getLong(1), result.getString(2), result.getBoolean(3)));
			}
		}
		return Optional.of(rows);
	}

}
