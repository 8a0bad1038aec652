package io.pierre.bench.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import io.pierre.schema.history.HistoryTable;

/**
 * What the history table says of an upgrade: each version above the start with the execution time
 * that Flyway recorded for it, and whether all of them succeeded.
 */
final class UpgradeHistory {

	private UpgradeHistory() {
	}

	/**
	 * Reads the versions applied after a version.
	 * @param database the database
	 * @param after the version the upgrade started from
	 * @return execution time in ms per version, in the order applied
	 * @throws IllegalStateException if a version failed
	 */
	static Map<String, Integer> executionTimes(DatabaseTarget database, String after) {
		Map<String, Integer> times = new LinkedHashMap<>();
		String sql = "SELECT version, execution_time, success FROM " + HistoryTable.DEFAULT_NAME
				+ " WHERE version IS NOT NULL ORDER BY installed_rank";
		try (Connection connection = DriverManager.getConnection(database.url(), database.user(),
				database.password()); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				String version = rows.getString(1);
				if (!rows.getBoolean(3)) {
					throw new IllegalStateException("Version " + version + " failed in " + database.url());
				}
				if (version.compareTo(after) > 0) {
					times.put(version, rows.getInt(2));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the history of " + database.url() + ": " + ex.getMessage(),
					ex);
		}
		return times;
	}

}
