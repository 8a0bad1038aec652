package io.pierre.bench.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts the rows of some tables, to check that an upgrade or a transfer kept them all.
 */
final class RowCounts {

	private RowCounts() {
	}

	/**
	 * Counts.
	 * @param database the database
	 * @param tables the tables
	 * @return rows per table, in the order given
	 */
	static Map<String, Long> of(DatabaseTarget database, Collection<String> tables) {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection connection = DriverManager.getConnection(database.url(), database.user(),
				database.password()); Statement statement = connection.createStatement()) {
			for (String table : tables) {
				try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
					rows.next();
					counts.put(table, rows.getLong(1));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not count the rows of " + database.url() + ": " + ex.getMessage(),
					ex);
		}
		return counts;
	}

}
