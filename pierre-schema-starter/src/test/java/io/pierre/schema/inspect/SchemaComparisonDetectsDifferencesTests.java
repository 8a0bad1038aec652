package io.pierre.schema.inspect;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import io.pierre.schema.flyway.FlywayMigrationRunner;
import io.pierre.schema.history.HistoryTable;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison is not vacuous: a database migrated to the newest version, then changed in known
 * ways, is reported with exactly those differences, on both databases. Without this, the contract
 * test could pass by an inspector that reads nothing.
 */
class SchemaComparisonDetectsDifferencesTests {

	/**
	 * chat_messages, which nothing references, rebuilt with three changes: token_count REAL instead
	 * of INTEGER, 'system' no longer an allowed role, idx_chat_messages_conversation_created gone.
	 * The same SQL runs on both databases.
	 */
	private static final String[] REBUILD_CHAT_MESSAGES = { "DROP TABLE chat_messages", """
			CREATE TABLE chat_messages (
			    id              TEXT NOT NULL PRIMARY KEY,
			    conversation_id TEXT NOT NULL REFERENCES chat_conversations (id) ON DELETE CASCADE,
			    content         TEXT NOT NULL,
			    finish_reason   TEXT,
			    role            TEXT NOT NULL CHECK (role IN ('assistant', 'user')),
			    token_count     DOUBLE PRECISION,
			    created_at      TEXT NOT NULL
			)""", "CREATE INDEX idx_chat_messages_conversation ON chat_messages (conversation_id)" };

	/** goals loses a column and gains one; ALTER TABLE does both on both databases. */
	private static final String[] CHANGE_GOALS = { "ALTER TABLE goals DROP COLUMN goal_data",
			"ALTER TABLE goals ADD COLUMN note TEXT" };

	/** A descending index made ascending, a partial index made total. */
	private static final String[] CHANGE_INDEXES = { "DROP INDEX idx_recipes_created",
			"CREATE INDEX idx_recipes_created ON recipes (created_at)", "DROP INDEX idx_users_firebase_uid",
			"CREATE UNIQUE INDEX idx_users_firebase_uid ON users (firebase_uid)" };

	private static final List<SchemaDifference> EXPECTED_DIFFERENCES = List.of(
			new SchemaDifference("chat_messages", "check on role", "role IN ('assistant', 'system', 'user')",
					"role IN ('assistant', 'user')"),
			new SchemaDifference("chat_messages", "column token_count", "INTEGER", "REAL"),
			new SchemaDifference("chat_messages", "index idx_chat_messages_conversation_created",
					"(conversation_id, created_at)", SchemaDifference.NONE),
			new SchemaDifference("goals", "column goal_data", "TEXT NOT NULL", SchemaDifference.NONE),
			new SchemaDifference("goals", "column note", SchemaDifference.NONE, "TEXT"),
			new SchemaDifference("recipes", "index idx_recipes_created", "(created_at desc)", "(created_at)"),
			new SchemaDifference("users", "index idx_users_firebase_uid",
					"UNIQUE (firebase_uid) WHERE firebase_uid is not null", "UNIQUE (firebase_uid)"));

	@Test
	void sqliteDifferencesAreReported(@TempDir Path directory) throws SQLException {
		DataSource dataSource = TestSqlite.dataSource(directory.resolve("pierre.db"));
		assertDifferencesReported(dataSource, DatabaseKind.SQLITE);
	}

	@Test
	void postgresqlDifferencesAreReported() throws SQLException {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			assertDifferencesReported(database.dataSource(), DatabaseKind.POSTGRESQL);
		}
	}

	@Test
	void postgresqlNarrowerNumericTypesDoNotMatch() throws SQLException {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			DataSource dataSource = database.dataSource();
			Migrations.migrateToNewest(dataSource, DatabaseKind.POSTGRESQL);
			Migrations.execute(dataSource, "ALTER TABLE rsa_keypairs ALTER COLUMN key_size_bits TYPE integer",
					"ALTER TABLE recipes ALTER COLUMN cached_calories TYPE real",
					"ALTER TABLE users ALTER COLUMN role SET DEFAULT 'admin'",
					"ALTER TABLE a2a_clients DROP CONSTRAINT a2a_clients_user_id_fkey",
					"ALTER TABLE a2a_clients ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL",
					"ALTER TABLE recipes DROP CONSTRAINT recipes_servings_check",
					"ALTER TABLE recipes ADD CHECK (servings >= 0)");
			List<SchemaDifference> differences = SchemaComparator.compare(Migrations.newestSchema(),
					new SchemaInspector(Migrations.inspectionOptions()).inspect(dataSource));
			assertThat(differences).containsExactlyInAnyOrder(
					new SchemaDifference("rsa_keypairs", "column key_size_bits", "INTEGER NOT NULL", "int4 NOT NULL"),
					new SchemaDifference("recipes", "column cached_calories", "REAL", "float4"),
					new SchemaDifference("users", "column role", "TEXT NOT NULL DEFAULT 'user'",
							"TEXT NOT NULL DEFAULT 'admin'"),
					new SchemaDifference("a2a_clients", "foreign key (user_id)",
							"(user_id) REFERENCES users (id) ON DELETE CASCADE",
							"(user_id) REFERENCES users (id) ON DELETE SET NULL"),
					new SchemaDifference("recipes", "check (servings > 0)", "servings > 0", SchemaDifference.NONE),
					new SchemaDifference("recipes", "check (servings >= 0)", SchemaDifference.NONE, "servings >= 0"));
		}
	}

	@Test
	void postgresqlNamedSchemaIsRead() throws SQLException {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			DataSource dataSource = database.dataSource();
			new FlywayMigrationRunner(new HistoryTable(HistoryTable.DEFAULT_NAME, "pierre_app"), null,
					getClass().getClassLoader())
				.migrate(dataSource, DatabaseKind.POSTGRESQL);
			NormalizedSchema expected = Migrations.newestSchema();
			assertThat(SchemaComparator.compare(expected,
					new SchemaInspector(Migrations.inspectionOptions().withSchema("pierre_app")).inspect(dataSource)))
				.isEmpty();
			// The connection's own schema (public) holds none of it.
			assertThat(new SchemaInspector(Migrations.inspectionOptions()).inspect(dataSource).tables()).isEmpty();
		}
	}

	@Test
	void sqliteTablesOutsideTheContractAndChangedRowsAreReported(@TempDir Path directory) throws SQLException {
		DataSource dataSource = TestSqlite.dataSource(directory.resolve("pierre.db"));
		Migrations.migrateToNewest(dataSource, DatabaseKind.SQLITE);
		Migrations.execute(dataSource, "CREATE TABLE app_notes (id TEXT PRIMARY KEY)",
				"UPDATE admin_config_categories SET display_name = 'Renamed' WHERE id = 'cat_weather'",
				"DELETE FROM admin_config_categories WHERE id = 'cat_monitoring'",
				"INSERT INTO admin_config_categories (id, name, display_name) VALUES ('cat_app', 'app', 'App')");
		NormalizedSchema expected = Migrations.newestSchema();
		InspectionOptions options = Migrations.inspectionOptions().withRowTables(expected.rows().keySet());

		NormalizedSchema everything = new SchemaInspector(options).inspect(dataSource);
		assertThat(SchemaComparator.compare(expected, everything))
			.containsExactly(new SchemaDifference("app_notes", "table", SchemaDifference.NONE, "a table"));
		NormalizedSchema pierreOnly = new SchemaInspector(options.withOnlyTables(expected.tables().keySet()))
			.inspect(dataSource);
		assertThat(SchemaComparator.compare(expected, pierreOnly)).isEmpty();

		// The application's own category is not a difference; a changed or missing seeded one is.
		assertThat(ReferenceRowComparator.compare(expected, everything)).extracting(SchemaDifference::element)
			.containsExactly("row id=cat_monitoring", "row id=cat_weather");
	}

	private void assertDifferencesReported(DataSource dataSource, DatabaseKind kind) throws SQLException {
		Migrations.migrateToNewest(dataSource, kind);
		NormalizedSchema expected = Migrations.newestSchema();
		assertThat(SchemaComparator.compare(expected, new SchemaInspector(Migrations.inspectionOptions()).inspect(dataSource)))
			.as("before the changes")
			.isEmpty();
		Migrations.execute(dataSource, REBUILD_CHAT_MESSAGES);
		Migrations.execute(dataSource, CHANGE_GOALS);
		Migrations.execute(dataSource, CHANGE_INDEXES);
		List<SchemaDifference> differences = SchemaComparator.compare(expected, new SchemaInspector(Migrations.inspectionOptions()).inspect(dataSource));
		assertThat(differences).containsExactlyInAnyOrderElementsOf(EXPECTED_DIFFERENCES);
		assertThat(differences.get(0).toString()).contains("chat_messages").contains("expected").contains("found");
	}

}
