package io.pierre.schema.upgrade;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.inspect.SchemaComparator;
import io.pierre.schema.inspect.SchemaInspector;
import io.pierre.schema.migration.MigrationReport;
import io.pierre.schema.testsupport.DatabaseRows;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PopulatedDatabase;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A populated database at every version before the newest upgrades to the newest, on SQLite and
 * on PostgreSQL, with every row kept: every row of every table is read before and after and
 * compared on the columns both versions have, new columns must hold their defaults, and the only
 * rows that go are the orphans that version 14 removes by design, with what cascades from them.
 * The data changes of the contract happen: version 12 makes every user whose is_admin is 1 an
 * 'admin', seeded rows (version 13's setting, the categories of 20, 21 and 22, the tool catalog)
 * go in only where absent, 20260206000001 revokes every live refresh token and 20260209000001 fills
 * the provider connections in. On SQLite this is what the original rebuilds got wrong: their DROP TABLE cascaded into
 * every child row.
 */
class UpgradeKeepsRowsTests {

	/** At least this many rows per table; parent rows come on top. */
	private static final int ROWS_PER_TABLE = 2;

	static Stream<String> startVersions() {
		return Migrations.olderVersions().stream();
	}

	@ParameterizedTest(name = "SQLite from {0}")
	@MethodSource("startVersions")
	void sqliteUpgradeKeepsRows(String start, @TempDir Path directory) throws SQLException {
		assertUpgradeKeepsRows("SQLite", TestSqlite.dataSource(directory.resolve("pierre.db")), start);
	}

	@ParameterizedTest(name = "PostgreSQL from {0}")
	@MethodSource("startVersions")
	void postgresqlUpgradeKeepsRows(String start) throws SQLException {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			assertUpgradeKeepsRows("PostgreSQL", database.dataSource(), start);
		}
	}

	private void assertUpgradeKeepsRows(String label, DataSource dataSource, String start) throws SQLException {
		PopulatedDatabase database = PopulatedDatabase.create(dataSource, start, ROWS_PER_TABLE);
		assertEveryTableAndColumnHasValues(database);
		String newest = Migrations.newestVersion();
		boolean orphansGo = database.crosses(PopulatedDatabase.ORPHANS_REMOVED, newest);
		if (orphansGo && start.compareTo("20250120000004") >= 0) {
			assertThat(database.removedByDesign()).as("orphans to remove").containsKeys("a2a_clients", "a2a_sessions",
					"a2a_tasks", "a2a_client_api_keys", "a2a_usage");
		}

		MigrationReport report = Migrations.migrator(dataSource, null).migrate();

		int versionsAfterStart = Migrations.versions().size() - Migrations.versions().indexOf(start)
				- 1;
		assertThat(report.applied()).as("versions applied").isEqualTo(versionsAfterStart);
		NormalizedSchema newestSchema = Migrations.newestSchema();
		DatabaseRows after = PopulatedDatabase.namingSyntheticConnections(DatabaseRows.read(dataSource, newestSchema));
		DatabaseRows expected = database.expectedAt(newest);
		assertThat(after.differencesFrom(expected)).as("%s from %s: rows that differ from the expected", label, start)
			.isEmpty();
		for (Map.Entry<String, Set<String>> removed : database.removedByDesign().entrySet()) {
			assertThat(after.rows(removed.getKey())).as("orphans of %s", removed.getKey())
				.doesNotContainKeys(removed.getValue().toArray(String[]::new));
		}
		if (database.crosses(PopulatedDatabase.ROLES, newest)) {
			assertThat(after.rows("users").get("id=an-admin")).containsEntry("role", "admin");
			assertThat(after.rows("users").get("id=not-an-admin")).containsEntry("role", "user");
		}
		if (database.crosses(PopulatedDatabase.TOKENS_REVOKED, newest) && start.compareTo("20250120000008") >= 0) {
			assertThat(after.rows("oauth2_refresh_tokens").values()).as("refresh tokens")
				.isNotEmpty()
				.noneSatisfy((token) -> assertThat(token).containsEntry("revoked", 0L))
				.anySatisfy((token) -> assertThat(token).containsEntry("revoked", 1L));
		}
		if (database.crosses(PopulatedDatabase.CONNECTIONS_FILLED, newest) && start.compareTo("20250120000006") >= 0) {
			assertThat(after.rows("provider_connections").values()).as("connections filled in")
				.anySatisfy((connection) -> assertThat(connection).containsEntry("connection_type", "oauth"));
		}
		assertThat(after.rows("system_settings").get("key=auto_approval_enabled")).containsEntry("value",
				start.compareTo("20250120000013") >= 0 ? "true" : "false");
		assertThat(SchemaComparator.compare(newestSchema, new SchemaInspector(Migrations.inspectionOptions()).inspect(dataSource)))
			.as("%s from %s: differences from the newest schema", label, start)
			.isEmpty();
		assertThat(Migrations.history(dataSource)).isEqualTo(Migrations.cleanHistoryUpTo(newest));

		int kept = 0;
		int removed = 0;
		for (String table : database.rows().tableNames()) {
			kept += after.count(table);
			removed += database.rows().count(table) - (int) after.rows(table)
				.keySet()
				.stream()
				.filter(database.rows().rows(table)::containsKey)
				.count();
		}
		System.out.printf("%s from %s: %d tables and %d rows compared, %d removed by design%n", label, start,
				database.rows().tableNames().size(), kept, removed);
	}

	/** The generator does what it claims: rows in every table, a value in every column somewhere. */
	private static void assertEveryTableAndColumnHasValues(PopulatedDatabase database) {
		database.schema().tables().forEach((table, definition) -> {
			assertThat(database.rows().count(table)).as("rows of %s", table).isGreaterThanOrEqualTo(ROWS_PER_TABLE);
			for (String column : definition.columns().keySet()) {
				assertThat(database.rows().rows(table).values().stream().anyMatch((row) -> row.get(column) != null))
					.as("%s.%s has a value in some row", table, column)
					.isTrue();
			}
		});
	}

}
