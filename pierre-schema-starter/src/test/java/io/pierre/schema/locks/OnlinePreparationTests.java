package io.pierre.schema.locks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.history.MigrationListener;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.testsupport.BulkPopulation;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Version 14 on PostgreSQL, prepared before its transaction: the transaction itself then holds no
 * lock that blocks reads or writes of a populated table, and a preparation interrupted half way is
 * completed by the next start.
 */
class OnlinePreparationTests {

	private static final String V13 = "20250120000013";

	private static final String V14 = "20250120000014";

	/** Table locks that block a service's writes, or its reads too. */
	private static final String BLOCKING_LOCKS = "SELECT c.relname || ' ' || l.mode FROM pg_locks l"
			+ " JOIN pg_class c ON c.oid = l.relation WHERE l.pid = ? AND l.granted AND c.relkind = 'r'"
			+ " AND c.relname IN ('users', 'a2a_clients', 'user_configurations')"
			+ " AND l.mode IN ('ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock')";

	@Test
	void version14sTransactionHoldsNoLockThatBlocksTheServiceOnItsTables() throws Exception {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			DataSource dataSource = database.dataSource();
			BulkPopulation.populate(dataSource, DatabaseKind.POSTGRESQL, V13, 2_000, 0);
			List<String> heldAtTheEnd = new ArrayList<>();
			MigrationListener inspector = new MigrationListener() {
				@Override
				public void versionEnded(SchemaVersion version, String description, Duration duration, boolean success) {
					if (version.text().equals(V14)) {
						heldAtTheEnd.addAll(blockingLocksOfTheMigration(database));
					}
				}
			};
			Migrations.migrator(dataSource, V14).migrate(inspector);
			assertThat(Migrations.history(dataSource)).last().isEqualTo(V14 + ":true");
			assertThat(heldAtTheEnd).isEmpty();
			assertThat(validatedKeys(dataSource)).isEqualTo("2");
		}
	}

	@Test
	void aPreparationInterruptedHalfWayIsCompletedByTheNextStart() throws Exception {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			DataSource dataSource = database.dataSource();
			BulkPopulation.populate(dataSource, DatabaseKind.POSTGRESQL, V13, 2_000, 0);
			// What an interrupted preparation leaves: a key added but not validated, and the invalid
			// index of a concurrent build that did not finish.
			Migrations.execute(dataSource,
					"ALTER TABLE a2a_clients ADD CONSTRAINT a2a_clients_user_id_fkey FOREIGN KEY (user_id)"
							+ " REFERENCES users (id) ON DELETE CASCADE NOT VALID",
					"CREATE INDEX idx_a2a_clients_user_id ON a2a_clients (user_id)",
					"UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'idx_a2a_clients_user_id'::regclass");
			assertThat(Migrations.migrator(dataSource, null).migrate().applied()).isPositive();
			assertThat(validatedKeys(dataSource)).isEqualTo("2");
			assertThat(Migrations.queryForString(dataSource,
					"SELECT indisvalid FROM pg_index WHERE indexrelid = 'idx_a2a_clients_user_id'::regclass"))
				.isEqualTo("t");
			assertThat(Migrations.migrator(dataSource, null).validate().currentVersion()).isPresent();
		}
	}

	private static String validatedKeys(DataSource dataSource) throws SQLException {
		return Migrations.queryForString(dataSource, "SELECT count(*) FROM pg_constraint WHERE convalidated AND conname"
				+ " IN ('a2a_clients_user_id_fkey', 'user_configurations_user_id_fkey')");
	}

	/** Read on a connection of its own while the version's transaction is still open. */
	private static List<String> blockingLocksOfTheMigration(PostgresDatabase database) {
		List<String> locks = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
				database.password()); Statement statement = connection.createStatement()) {
			String pid;
			try (ResultSet migration = statement.executeQuery("SELECT pid FROM pg_stat_activity WHERE application_name = '"
					+ LockWaitSettings.APPLICATION_NAME + "' AND datname = current_database()")) {
				assertThat(migration.next()).as("the version's transaction is open").isTrue();
				pid = migration.getString(1);
			}
			try (ResultSet held = statement.executeQuery(BLOCKING_LOCKS.replace("?", pid))) {
				while (held.next()) {
					locks.add(held.getString(1));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return locks;
	}

}
