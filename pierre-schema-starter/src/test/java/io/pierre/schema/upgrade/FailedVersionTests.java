package io.pierre.schema.upgrade;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import io.pierre.schema.SchemaMigrationException;
import io.pierre.schema.history.MigrationState;
import io.pierre.schema.inspect.SchemaComparator;
import io.pierre.schema.inspect.SchemaDifference;
import io.pierre.schema.inspect.SchemaInspector;
import io.pierre.schema.testsupport.DatabaseRows;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PopulatedDatabase;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A version that fails partway leaves the database at the version before, with all its rows and
 * no failed history row, and once the cause is gone the next start completes the upgrade. Each
 * case starts from a populated database at version 13 (orphans included):
 * <ul>
 * <li>an index named as the one version 14 creates at its end: 14 fails after it has removed the
 * orphans (and, on SQLite, rebuilt {@code a2a_clients}), and rolls back to 13;</li>
 * <li>a view over a legacy column of {@code users}: version 15 fails at that column's DROP COLUMN,
 * after it has added a column and dropped three others, and rolls back to 14;</li>
 * <li>on SQLite, a row of a table that references {@code a2a_clients} that has lost its parent
 * (written while enforcement was off): version 14, which rebuilds {@code a2a_clients}, fails at its
 * foreign-key check, the last step before its commit.</li>
 * </ul>
 */
class FailedVersionTests {

	private static final String V13 = "20250120000013";

	private static final String V14 = "20250120000014";

	private static final String CONFLICTING_INDEX = "CREATE INDEX idx_a2a_clients_user_id ON users (email)";

	private static final String BLOCKING_VIEW = "CREATE VIEW legacy_strava AS SELECT id, strava_scope FROM users";

	@Test
	void sqliteVersion14FailsAtItsLastStatement(@TempDir Path directory) throws SQLException {
		assertFailsAndRecovers(TestSqlite.dataSource(directory.resolve("pierre.db")), CONFLICTING_INDEX, V13,
				"DROP INDEX idx_a2a_clients_user_id", List.of());
	}

	@Test
	void postgresqlVersion14FailsAtItsLastStatement() throws SQLException {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			// The keys that 14's preparation adds before the version's transaction stay (db/pierre/prepare).
			assertFailsAndRecovers(database.dataSource(), CONFLICTING_INDEX, V13, "DROP INDEX idx_a2a_clients_user_id",
					List.of("a2a_clients foreign key (user_id)", "user_configurations foreign key (user_id)"));
		}
	}

	@Test
	void sqliteVersion15FailsPartway(@TempDir Path directory) throws SQLException {
		assertFailsAndRecovers(TestSqlite.dataSource(directory.resolve("pierre.db")), BLOCKING_VIEW, V14,
				"DROP VIEW legacy_strava", List.of());
	}

	@Test
	void postgresqlVersion15FailsPartway() throws SQLException {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			assertFailsAndRecovers(database.dataSource(), BLOCKING_VIEW, V14, "DROP VIEW legacy_strava", List.of());
		}
	}

	@Test
	void sqliteVersion14FailsAtItsForeignKeyCheck(@TempDir Path directory) throws SQLException {
		DataSource dataSource = TestSqlite.dataSource(directory.resolve("pierre.db"));
		PopulatedDatabase database = PopulatedDatabase.create(dataSource, V13, 2);
		// A session that version 14 keeps, pointing at a client that does not exist: the check
		// after the rebuild of a2a_clients covers the tables that reference it.
		Set<String> removed = database.removedByDesign().getOrDefault("a2a_sessions", Set.of());
		Map<String, Object> session = database.rows()
			.rows("a2a_sessions")
			.entrySet()
			.stream()
			.filter((row) -> !removed.contains(row.getKey()))
			.findFirst()
			.orElseThrow()
			.getValue();
		String token = quoted(session.get("session_token"));
		withoutEnforcement(directory.resolve("pierre.db"),
				"UPDATE a2a_sessions SET client_id = 'gone' WHERE session_token = " + token);
		DatabaseRows broken = DatabaseRows.read(dataSource, database.schema());

		assertThatExceptionOfType(SchemaMigrationException.class)
			.isThrownBy(() -> Migrations.migrator(dataSource, null).migrate())
			.withMessageContaining("without their parent row")
			.withMessageContaining("a2a_sessions");

		assertAtVersionWith(dataSource, V13, broken, List.of());
		withoutEnforcement(directory.resolve("pierre.db"), "UPDATE a2a_sessions SET client_id = "
				+ quoted(session.get("client_id")) + " WHERE session_token = " + token);
		Migrations.migrator(dataSource, null).migrate();
		assertAtNewest(dataSource, database);
	}

	private static String quoted(Object text) {
		return "'" + text.toString().replace("'", "''") + "'";
	}

	private void assertFailsAndRecovers(DataSource dataSource, String cause, String previous, String removal,
			List<String> prepared) throws SQLException {
		PopulatedDatabase database = PopulatedDatabase.create(dataSource, V13, 2);
		Migrations.execute(dataSource, cause);

		assertThatExceptionOfType(SchemaMigrationException.class)
			.isThrownBy(() -> Migrations.migrator(dataSource, null).migrate());

		List<String> causeAndPrepared = new ArrayList<>(prepared);
		if (cause.startsWith("CREATE INDEX")) {
			causeAndPrepared.add("users index idx_a2a_clients_user_id");
		}
		assertAtVersionWith(dataSource, previous, database.expectedAt(previous), causeAndPrepared);

		Migrations.execute(dataSource, removal);
		Migrations.migrator(dataSource, null).migrate();
		assertAtNewest(dataSource, database);
	}

	/**
	 * The database is at a version: its history shows each version up to it once, none failed,
	 * its schema is that version's (but for the cause of the failure), its rows are as expected.
	 */
	private static void assertAtVersionWith(DataSource dataSource, String version, DatabaseRows rows,
			List<String> extraObjects) throws SQLException {
		assertThat(Migrations.history(dataSource)).isEqualTo(Migrations.cleanHistoryUpTo(version));
		assertThat(Migrations.migrator(dataSource, null).status().inState(MigrationState.FAILED)).isEmpty();
		List<SchemaDifference> differences = SchemaComparator.compare(Migrations.expected(version),
				new SchemaInspector(Migrations.inspectionOptions()).inspect(dataSource));
		assertThat(differences).as("differences from %s", version)
			.map((difference) -> difference.table() + " " + difference.element())
			.containsExactlyElementsOf(extraObjects);
		assertThat(DatabaseRows.read(dataSource, Migrations.expected(version)).differencesFrom(rows))
			.as("rows at %s", version)
			.isEmpty();
	}

	private static void assertAtNewest(DataSource dataSource, PopulatedDatabase database) throws SQLException {
		String newest = Migrations.newestVersion();
		assertThat(Migrations.history(dataSource)).isEqualTo(Migrations.cleanHistoryUpTo(newest));
		assertThat(SchemaComparator.compare(Migrations.newestSchema(), new SchemaInspector(Migrations.inspectionOptions()).inspect(dataSource)))
			.isEmpty();
		assertThat(DatabaseRows.read(dataSource, Migrations.newestSchema()).differencesFrom(database.expectedAt(newest)))
			.isEmpty();
	}

	private static void withoutEnforcement(Path file, String sql) throws SQLException {
		SQLiteConfig config = new SQLiteConfig();
		config.enforceForeignKeys(false);
		SQLiteDataSource dataSource = new SQLiteDataSource(config);
		dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			assertThat(statement.executeUpdate(sql)).isEqualTo(1);
		}
	}

}
