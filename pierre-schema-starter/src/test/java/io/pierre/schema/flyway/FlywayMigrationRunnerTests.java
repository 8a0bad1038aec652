package io.pierre.schema.flyway;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.SchemaMigrationException;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.history.HistoryTable;
import io.pierre.schema.history.MigrationListener;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.locks.LockWaitSettings;
import io.pierre.schema.jdbc.DatabaseUrl;
import io.pierre.schema.jdbc.PierreDataSourceFactory;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How the runner treats connections. On SQLite, the one connection that runs the migrations has
 * foreign-key enforcement off for the run (SQLite's procedure for table rebuilds) and a larger page
 * cache, and gets both back afterwards, after a failed run too, so that the application's pooled connection enforces foreign
 * keys again; a connection that cannot turn enforcement off (it is inside a transaction, where the
 * pragma does nothing) is refused before anything runs. On PostgreSQL, a version and its history
 * row commit together: Flyway runs both on one connection.
 */
class FlywayMigrationRunnerTests {

	private static final ClassLoader CLASS_LOADER = FlywayMigrationRunnerTests.class.getClassLoader();

	private static final String V13 = "20250120000013";

	/** A page cache the application chose for its connection, in the pragma's unit (KiB). */
	private static final long APPLICATION_CACHE_SIZE = -3000;

	@Test
	void sqlitePooledConnectionGetsItsSettingsBackAfterAnUpgrade(@TempDir Path directory) throws SQLException {
		try (HikariDataSource pool = singleConnectionPool(directory)) {
			Migrations.execute(pool, "PRAGMA cache_size = " + APPLICATION_CACHE_SIZE);
			Migrations.migrator(pool, V13).migrate();
			assertThat(foreignKeys(pool)).as("after migrating to 13").isTrue();
			Migrations.migrator(pool, null).migrate();
			assertThat(foreignKeys(pool)).as("after migrating to the newest").isTrue();
			assertThat(cacheSize(pool)).isEqualTo(APPLICATION_CACHE_SIZE);
			assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isEqualTo(1);
		}
	}

	@Test
	void sqlitePooledConnectionGetsItsSettingsBackAfterAFailedUpgrade(@TempDir Path directory) throws SQLException {
		try (HikariDataSource pool = singleConnectionPool(directory)) {
			Migrations.migrator(pool, V13).migrate();
			Migrations.execute(pool, "PRAGMA cache_size = " + APPLICATION_CACHE_SIZE);
			// Version 14 creates this index: it fails, partway, and rolls back.
			Migrations.execute(pool, "CREATE INDEX idx_a2a_clients_user_id ON users (email)");
			assertThatExceptionOfType(SchemaMigrationException.class)
				.isThrownBy(() -> Migrations.migrator(pool, null).migrate());
			assertThat(foreignKeys(pool)).isTrue();
			assertThat(cacheSize(pool)).isEqualTo(APPLICATION_CACHE_SIZE);
			assertThat(Migrations.history(pool)).isEqualTo(Migrations.cleanHistoryUpTo(V13));
		}
	}

	@Test
	void sqliteVersionsRunWithTheChosenCacheAndTemporaryStorageInMemory(@TempDir Path directory) throws SQLException {
		try (Connection connection = TestSqlite.dataSource(directory.resolve("pierre.db")).getConnection()) {
			DataSource single = new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true);
			Map<String, String> whileRunning = new TreeMap<>();
			MigrationListener listener = new MigrationListener() {
				@Override
				public void versionStarted(SchemaVersion version, String description) {
					whileRunning.put("cache_size", pragma(connection, "cache_size"));
					whileRunning.put("temp_store", pragma(connection, "temp_store"));
					whileRunning.put("foreign_keys", pragma(connection, "foreign_keys"));
				}
			};
			new FlywayMigrationRunner(HistoryTable.defaults(), SchemaVersion.of(V13), CLASS_LOADER).migrate(single,
					DatabaseKind.SQLITE, listener, SqliteMigrationCache.nothingRewritten(DataSize.ofKilobytes(1024)),
					LockWaitSettings.defaults());
			// Under SQLite's own default, so that it cannot be the connection's own size.
			assertThat(whileRunning).containsEntry("cache_size", "-1024")
				.containsEntry("temp_store", "2")
				.containsEntry("foreign_keys", "0");
			assertThat(pragma(connection, "temp_store")).isEqualTo("0");
			assertThat(pragma(connection, "cache_size")).isEqualTo("-2000");
			assertThat(pragma(connection, "foreign_keys")).isEqualTo("1");
		}
	}

	@Test
	void sqliteConnectionWithoutEnforcementIsGivenBackWithout(@TempDir Path directory) throws SQLException {
		SQLiteConfig config = new SQLiteConfig();
		config.enforceForeignKeys(false);
		SQLiteDataSource plain = new SQLiteDataSource(config);
		plain.setUrl("jdbc:sqlite:" + directory.resolve("pierre.db").toAbsolutePath());
		try (Connection connection = plain.getConnection()) {
			DataSource single = new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true);
			new FlywayMigrationRunner(HistoryTable.defaults(), null, CLASS_LOADER).migrate(single, DatabaseKind.SQLITE);
			assertThat(foreignKeys(single)).isFalse();
		}
	}

	@Test
	void sqliteConnectionInsideATransactionIsRefusedBeforeAnythingRuns(@TempDir Path directory) throws SQLException {
		DataSource dataSource = TestSqlite.dataSource(directory.resolve("pierre.db"));
		Migrations.migrator(dataSource, V13).migrate();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("INSERT INTO system_secrets (secret_type, secret_value, created_at, updated_at)"
						+ " VALUES ('a', 'b', 'c', 'd')");
			}
			DataSource single = new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true);
			assertThatExceptionOfType(SchemaMigrationException.class)
				.isThrownBy(() -> new FlywayMigrationRunner(HistoryTable.defaults(), null, CLASS_LOADER).migrate(single,
						DatabaseKind.SQLITE))
				.withMessageContaining("foreign key");
			connection.rollback();
		}
		assertThat(Migrations.history(dataSource)).isEqualTo(Migrations.cleanHistoryUpTo(V13));
	}

	@Test
	void postgresqlRunsEachVersionAndItsHistoryRowOnOneConnection() throws SQLException {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			CountingDataSource counting = new CountingDataSource(database.dataSource());
			new FlywayMigrationRunner(HistoryTable.defaults(), SchemaVersion.of(V13), CLASS_LOADER).migrate(counting,
					DatabaseKind.POSTGRESQL);
			new FlywayMigrationRunner(HistoryTable.defaults(), null, CLASS_LOADER).migrate(counting,
					DatabaseKind.POSTGRESQL);
			// With a second connection, Flyway commits a version on one and its history row on the
			// other: a process killed between the two commits leaves a version applied but not
			// recorded, which the next start would try to apply again, and fail. The one beside it is
			// the blocker watch's, which only reads pg_stat_activity.
			assertThat(counting.mostOpenAtOnce()).isEqualTo(2);
			assertThat(Migrations.history(database.dataSource()))
				.isEqualTo(Migrations.cleanHistoryUpTo(Migrations.newestVersion()));
		}
	}

	private static HikariDataSource singleConnectionPool(Path directory) {
		HikariDataSource pool = new PierreDataSourceFactory(Duration.ofSeconds(10), Duration.ofSeconds(5), "WAL")
			.create(DatabaseUrl.parse("pierre.database.url", "sqlite:" + directory.resolve("pierre.db"), null, null));
		pool.setMaximumPoolSize(1);
		return pool;
	}

	private static String pragma(Connection connection, String name) {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("PRAGMA " + name)) {
			result.next();
			return result.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long cacheSize(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("PRAGMA cache_size")) {
			result.next();
			return result.getLong(1);
		}
	}

	private static boolean foreignKeys(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("PRAGMA foreign_keys")) {
			return result.next() && result.getInt(1) == 1;
		}
	}

	/** Counts the connections that are open at the same time. */
	private static final class CountingDataSource extends DelegatingDataSource {

		private final AtomicInteger open = new AtomicInteger();

		private final AtomicInteger most = new AtomicInteger();

		CountingDataSource(DataSource target) {
			super(target);
		}

		int mostOpenAtOnce() {
			return this.most.get();
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private Connection counted(Connection connection) {
			this.most.accumulateAndGet(this.open.incrementAndGet(), Math::max);
			AtomicInteger closed = new AtomicInteger();
			return (Connection) Proxy.newProxyInstance(CLASS_LOADER, new Class<?>[] { Connection.class },
					(proxy, method, arguments) -> {
						if (method.getName().equals("close") && closed.getAndIncrement() == 0) {
							this.open.decrementAndGet();
						}
						try {
							return method.invoke(connection, arguments);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
