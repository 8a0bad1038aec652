package io.pierre.schema.migration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.history.MigrationListener;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache of a SQLite upgrade, with the default settings, is sized from the tables that the
 * pending versions rewrite: a database at 13 whose users fill megabytes gets more than SQLite's
 * own default while the versions run, at most twice the file, and its own size back after.
 */
class SqliteMigrationCacheSizingTests {

	private static final String V13 = "20250120000013";

	@TempDir
	Path dir;

	@Test
	void upgradeOfALargeTableGetsACacheSizedFromIt() throws SQLException, java.io.IOException {
		Path file = this.dir.resolve("pierre.db");
		DataSource dataSource = TestSqlite.dataSource(file);
		Migrations.migrator(dataSource, V13).migrate();
		Migrations.execute(dataSource, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)"
				+ " INSERT INTO users (id, email, last_active, password_hash, created_at)"
				+ " SELECT 'u' || i, printf('user%06d@example.com', i), 't', printf('%0200d', i), 't' FROM n");
		long fileKib = Files.size(file) / 1024;
		Map<String, Long> cacheKib = new TreeMap<>();
		try (Connection connection = dataSource.getConnection()) {
			MigrationListener listener = new MigrationListener() {
				@Override
				public void versionStarted(SchemaVersion version, String description) {
					cacheKib.put(version.text(), -cacheSize(connection));
				}
			};
			new PierreSchemaMigrator(new SingleConnectionDataSource(connection, true), MigrationSettings.defaults(),
					Migrations.CATALOG)
				.migrate(listener);
			assertThat(cacheSize(connection)).as("the connection's own cache, given back").isEqualTo(-2000);
		}
		assertThat(fileKib).as("users fill megabytes").isGreaterThan(4 * 1024);
		assertThat(cacheKib).isNotEmpty().allSatisfy((version, kib) -> assertThat(kib).as(version)
			.isGreaterThan(fileKib)
			.isLessThanOrEqualTo(2 * fileKib));
	}

	private static long cacheSize(Connection connection) {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("PRAGMA cache_size")) {
			result.next();
			return result.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
