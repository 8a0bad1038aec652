package io.pierre.schema.flyway;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The migration's transactions on SQLite take the write lock as they begin, so that a live
 * service's write between a version's first read and its first write cannot fail the version
 * with {@code SQLITE_BUSY_SNAPSHOT}; the connection begins its transactions as before afterwards.
 */
class SqliteMigrationSettingsTests {

	@Test
	void aVersionsTransactionHoldsTheWriteLockFromItsStartAndTheConnectionGetsItsModeBack(@TempDir Path folder)
			throws SQLException {
		Path file = folder.resolve("pierre.db");
		try (Connection migration = TestSqlite.dataSource(file).getConnection();
				Connection service = withoutBusyTimeout(file)) {
			SqliteMigrationSettings previous = SqliteMigrationSettings.apply(migration, DataSize.ofMegabytes(1));
			migration.setAutoCommit(false);
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> beginWriting(service))
				.withMessageContaining("SQLITE_BUSY");
			previous.restore(migration);

			migration.setAutoCommit(false);
			assertThatNoException().isThrownBy(() -> beginWriting(service));
			service.rollback();
			migration.rollback();
		}
	}

	/** A service's connection that fails at once where another holds the write lock. */
	private static Connection withoutBusyTimeout(Path file) throws SQLException {
		SQLiteConfig config = new SQLiteConfig();
		config.setBusyTimeout(0);
		SQLiteDataSource dataSource = new SQLiteDataSource(config);
		dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
		Connection connection = dataSource.getConnection();
		connection.setAutoCommit(false);
		return connection;
	}

	private static void beginWriting(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS service_rows (id INTEGER PRIMARY KEY)");
		}
	}

}
