package io.pierre.schema.revert;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import io.pierre.schema.inspect.SchemaComparator;
import io.pierre.schema.inspect.SchemaInspector;
import io.pierre.schema.testsupport.ChildProcess;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PausedChild;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A revert killed for real, with SIGKILL, in the middle of version 14's down script: a child JVM
 * reverts a database at the newest version to 13, and is killed once the newer versions are
 * reverted and 14's down script writes its rebuilt A2A clients table (on SQLite, where the child
 * stops as told) or waits for a lock that the test holds (on PostgreSQL). The database is then exactly at 14, schema and history, with every row; a
 * normal revert in this JVM then completes, and a migrate brings it back to the newest.
 */
class KilledRevertTests {

	private static final String V13 = "20250120000013";

	private static final String V14 = "20250120000014";

	private static final Duration PATIENCE = Duration.ofMinutes(2);

	/** A2A clients, whose table 14's down script rebuilds. */
	private static final int CLIENTS = 1_000;

	/** The table that 14's SQLite down script fills as it rebuilds the A2A clients. */
	private static final String REBUILT_CLIENTS = "new_a2a_clients";

	@Test
	void sqliteRevertKilledInsideAVersionCompletesOnTheNextRevert(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("pierre.db");
		DataSource dataSource = TestSqlite.dataSource(file);
		Migrations.migrator(dataSource, null).migrate();
		Migrations.execute(dataSource,
				"INSERT INTO users (id, email, last_active, password_hash, created_at) VALUES ('u1', 'a@b.c', 't', 'h', 't')",
				"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + CLIENTS + ")"
						+ " INSERT INTO a2a_clients (id, user_id, client_secret, name, permissions, public_key,"
						+ " created_at, updated_at) SELECT 'c' || i, 'u1', 's', 'n', 'p', 'k' || i, 't', 't' FROM n");
		ChildProcess child = revert("jdbc:sqlite:" + file.toAbsolutePath(), "", "", V13, REBUILT_CLIENTS);
		try {
			awaitLine(child, PausedChild.PAUSED + " writing " + REBUILT_CLIENTS);
			assertThat(child.isAlive()).as("the child still reverts; output %s", child.output()).isTrue();
		}
		finally {
			child.kill();
		}
		assertKilledAt14ThenReverted(dataSource, child);
	}

	@Test
	void postgresqlRevertKilledInsideAVersionCompletesOnTheNextRevert() throws Exception {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			DataSource dataSource = database.dataSource();
			Migrations.migrator(dataSource, null).migrate();
			Migrations.execute(dataSource,
					"INSERT INTO users (id, email, last_active, password_hash, created_at) VALUES ('u1', 'a@b.c', 't', 'h', 't')",
					"INSERT INTO a2a_clients (id, user_id, client_secret, name, permissions, public_key, created_at,"
							+ " updated_at) SELECT 'c' || i, 'u1', 's', 'n', 'p', 'k' || i, 't', 't'"
							+ " FROM generate_series(1, 1000) AS i");
			// 14's down script changes a2a_clients, then waits for user_configurations: inside it.
			Connection locker = dataSource.getConnection();
			ChildProcess child;
			try {
				locker.setAutoCommit(false);
				try (Statement statement = locker.createStatement()) {
					statement.execute("LOCK TABLE user_configurations IN ACCESS SHARE MODE");
				}
				child = revert(database.url(), database.username(), database.password(), V13);
				try {
					awaitLine(child, "reverting version " + V14);
					awaitBlocked(dataSource, child);
				}
				finally {
					child.kill();
				}
			}
			finally {
				locker.rollback();
				locker.close();
			}
			awaitNoOtherSessions(dataSource);
			assertKilledAt14ThenReverted(dataSource, child);
		}
	}

	private static void assertKilledAt14ThenReverted(DataSource dataSource, ChildProcess child) throws SQLException {
		assertThat(child.output()).noneMatch((line) -> line.contains(RevertInChildProcess.DONE));
		assertThat(Migrations.history(dataSource)).as("the history after the kill; output %s", child.output())
			.isEqualTo(Migrations.cleanHistoryUpTo(V14));
		assertThat(SchemaComparator.compare(Migrations.expected(V14), new SchemaInspector(Migrations.inspectionOptions()).inspect(dataSource)))
			.isEmpty();
		String clients = Migrations.queryForString(dataSource, "SELECT COUNT(*) FROM a2a_clients");

		assertThat(Migrations.migrator(dataSource, null).revert(V13).reverted()).extracting(RevertedVersion::version)
			.containsExactly(V14);
		assertThat(Migrations.history(dataSource)).isEqualTo(Migrations.cleanHistoryUpTo(V13));
		assertThat(SchemaComparator.compare(Migrations.expected(V13), new SchemaInspector(Migrations.inspectionOptions()).inspect(dataSource)))
			.isEmpty();
		assertThat(Migrations.queryForString(dataSource, "SELECT COUNT(*) FROM a2a_clients")).isEqualTo(clients);
		Migrations.migrator(dataSource, null).migrate();
		assertThat(Migrations.history(dataSource)).isEqualTo(Migrations.cleanHistoryUpTo(Migrations.newestVersion()));
	}

	private static void awaitBlocked(DataSource dataSource, ChildProcess child) throws Exception {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		String waiting = "SELECT query FROM pg_stat_activity WHERE datname = current_database()"
				+ " AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'";
		while (Migrations.queryForString(dataSource, waiting) == null) {
			assertThat(child.isAlive()).as("the child is alive; output %s", child.output()).isTrue();
			assertThat(System.nanoTime()).as("the child waited for the lock").isLessThan(deadline);
			Thread.sleep(10);
		}
	}

	private static void awaitNoOtherSessions(DataSource dataSource) throws Exception {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		String others = "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()";
		while (!"0".equals(Migrations.queryForString(dataSource, others))) {
			assertThat(System.nanoTime()).as("the killed child's sessions ended").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	private static ChildProcess revert(String... arguments) {
		return ChildProcess.start(RevertInChildProcess.class, arguments);
	}

	/** Waits until the child logs a line that holds the text, failing if it ends or takes too long. */
	private static void awaitLine(ChildProcess child, String text) throws InterruptedException {
		assertThat(child.awaitLine((line) -> line.contains(text), PATIENCE))
			.as("the child logged %s while running; output %s", text, child.output())
			.isPresent();
	}

}
