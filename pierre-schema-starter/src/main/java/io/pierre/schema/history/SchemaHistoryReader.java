package io.pierre.schema.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.jdbc.JdbcTables;

/**
 * Reads the history table with one query, the whole cost of a start with nothing to do.
 */
public final class SchemaHistoryReader {

	private final HistoryTable historyTable;

	public SchemaHistoryReader(HistoryTable historyTable) {
		this.historyTable = historyTable;
	}

	/**
	 * Reads the history.
	 * @param connection a connection to the database
	 * @return the rows in the order applied, or empty when there is no history table
	 * @throws SQLException if the table exists but cannot be read
	 */
	public Optional<List<AppliedMigration>> read(Connection connection) throws SQLException {
		String table = this.historyTable.qualifiedName();
		String sql = "SELECT version, description, type, checksum, installed_on, execution_time, success FROM "
				+ table + " ORDER BY installed_rank";
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			List<AppliedMigration> applied = new ArrayList<>();
			while (rows.next()) {
				applied.add(toAppliedMigration(rows));
			}
			return Optional.of(applied);
		}
		catch (SQLException ex) {
			if (!JdbcTables.exists(connection, this.historyTable.schema(), this.historyTable.name())) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	private AppliedMigration toAppliedMigration(ResultSet rows) throws SQLException {
		String version = rows.getString("version");
		int checksum = rows.getInt("checksum");
		Integer recordedChecksum = rows.wasNull() ? null : checksum;
		Timestamp installedOn = rows.getTimestamp("installed_on");
		return new AppliedMigration((version != null) ? SchemaVersion.of(version) : null,
				rows.getString("description"), rows.getString("type"), recordedChecksum,
				(installedOn != null) ? installedOn.toInstant() : null, rows.getInt("execution_time"),
				rows.getBoolean("success"));
	}

}
