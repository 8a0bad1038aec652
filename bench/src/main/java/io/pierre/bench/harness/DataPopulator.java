package io.pierre.bench.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * Fills a database at version 20250120000013 with the rows of {@link UpgradeData}, in bulk and in
 * the database, then leaves it as a long-lived database would be: on SQLite one file (rollback
 * journal, no WAL beside it), on PostgreSQL vacuumed and analyzed.
 */
final class DataPopulator {

	private DataPopulator() {
	}

	static void populate(DatabaseTarget database, long users) {
		try (Connection connection = DriverManager.getConnection(database.url(), database.user(),
				database.password())) {
			try (Statement statement = connection.createStatement()) {
				if (database.kind() == DatabaseKind.SQLITE) {
					// Loading only: no journal, no fsync, a large cache. Foreign keys are off by
					// default on a SQLite connection; the rows are consistent by construction.
					statement.execute("PRAGMA journal_mode = OFF");
					statement.execute("PRAGMA synchronous = OFF");
					statement.execute("PRAGMA cache_size = -262144");
				}
				else {
					// Loading only: no foreign key triggers; the rows are consistent by construction.
					statement.execute("SET session_replication_role = replica");
				}
				connection.setAutoCommit(false);
				for (String sql : UpgradeData.statements(database.kind(), users)) {
					statement.executeUpdate(sql);
				}
				connection.commit();
				connection.setAutoCommit(true);
				if (database.kind() == DatabaseKind.SQLITE) {
					statement.execute("PRAGMA journal_mode = DELETE");
				}
				else {
					statement.execute("VACUUM ANALYZE");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not fill " + database.url() + ": " + ex.getMessage(), ex);
		}
	}

}
