package io.pierre.schema.adoption;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import io.pierre.schema.SchemaMigrationException;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.history.MigrationInfo;
import io.pierre.schema.history.MigrationState;
import io.pierre.schema.history.SchemaStatus;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.migration.MigrationReport;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.migration.PierreSchemaMigrator;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Databases that the Pierre server's sqlx migrations created are taken over without running
 * anything twice, or refused, changing nothing, with every reason.
 */
class SqlxAdoptionTests {

	private static final String NEWEST = Migrations.newestVersion();

	/** The version whose first text had a narrower insight_type check. */
	private static final String SOCIAL = "20250120000040";

	private final ClassLoader classLoader = getClass().getClassLoader();

	@TempDir
	Path dir;

	static List<String> versionsWithApiKeys() {
		return Migrations.versions().subList(1, Migrations.versions().size());
	}

	@ParameterizedTest
	@MethodSource("versionsWithApiKeys")
	void adoptsAtAnyVersionKeepingEveryRow(String version) throws Exception {
		DataSource dataSource = TestSqlite.dataSource(this.dir.resolve("pierre.db"));
		assertAdopts(dataSource, DatabaseKind.SQLITE, version);
	}

	@Test
	void adoptsOnPostgresql() throws Exception {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			assertAdopts(database.dataSource(), DatabaseKind.POSTGRESQL, "20250120000013");
		}
	}

	@Test
	void refusesAHistoryWithAGapAFailureOrAnUnknownVersionListingEach() throws Exception {
		DataSource dataSource = TestSqlite.dataSource(this.dir.resolve("pierre.db"));
		SqlxDatabase.build(dataSource, DatabaseKind.SQLITE, "20250120000013");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("DELETE FROM _sqlx_migrations WHERE version = 20250120000003");
		jdbc.update("UPDATE _sqlx_migrations SET success = 0 WHERE version = 20250120000013");
		jdbc.update("INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) "
				+ "VALUES (20250120000016, 'never used', 1, x'00', 1)");
		assertRefusedChangingNothing(dataSource, jdbc, (refusal) -> assertThat(refusal.getProblems()).containsExactly(
				"version 20250120000013 (system settings schema) is recorded as failed",
				"version 20250120000016 (never used) is not a Pierre schema version",
				"version 20250120000003 (analytics schema) is missing while later ones are applied"));
	}

	@Test
	void refusesASchemaThatDiffersFromWhatTheHistoryClaimsListingEachDifference() throws Exception {
		DataSource dataSource = TestSqlite.dataSource(this.dir.resolve("pierre.db"));
		SqlxDatabase.build(dataSource, DatabaseKind.SQLITE, "20250120000013");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("DROP INDEX idx_users_email");
		jdbc.execute("ALTER TABLE users ADD COLUMN nickname TEXT");
		jdbc.execute("CREATE TABLE chat_conversations (id TEXT PRIMARY KEY)");
		assertRefusedChangingNothing(dataSource, jdbc, (refusal) -> {
			assertThat(refusal.getMessage())
				.startsWith("The schema differs from version 20250120000013, where the sqlx history says it is:");
			assertThat(refusal.getProblems()).hasSize(3)
				.anySatisfy((problem) -> assertThat(problem).startsWith("users: ").contains("nickname"))
				.anySatisfy((problem) -> assertThat(problem).startsWith("users: ").contains("idx_users_email"))
				.anySatisfy((problem) -> assertThat(problem).startsWith("chat_conversations: "));
		});
	}

	@Test
	void adoptsWhicheverTextOfVersion9TheChecksumSays() throws Exception {
		DataSource dataSource = TestSqlite.dataSource(this.dir.resolve("pierre.db"));
		SqlxDatabase.build(dataSource, DatabaseKind.SQLITE, NEWEST);
		// Databases made before 2026-01-23 recorded the checksum of version 9's earlier comments.
		new JdbcTemplate(dataSource).update("UPDATE _sqlx_migrations SET checksum = ? WHERE version = 20250120000009",
				(Object) new byte[48]);
		assertThat(migrator(dataSource).migrate().status().inState(MigrationState.BASELINE))
			.hasSize(Migrations.versions().size());
	}

	@Test
	void refusesVersion40sFirstTextNamingTheNarrowerCheckAndItsFix() throws Exception {
		DataSource dataSource = TestSqlite.dataSource(this.dir.resolve("pierre.db"));
		SqlxDatabase.build(dataSource, DatabaseKind.SQLITE, SOCIAL);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		String table = jdbc.queryForObject("SELECT sql FROM sqlite_master WHERE name = 'shared_insights'", String.class);
		String narrower = table.replace("'coaching_insight', ", "");
		assertThat(narrower).isNotEqualTo(table);
		// The table as the first text made it, rebuilt by SQLite's procedure on one connection.
		List<String> indexes = jdbc.queryForList("SELECT sql FROM sqlite_master WHERE type = 'index' "
				+ "AND tbl_name = 'shared_insights' AND sql IS NOT NULL", String.class);
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("PRAGMA foreign_keys = OFF");
			// The triggers of 40 name shared_insights, which is briefly missing.
			statement.execute("PRAGMA legacy_alter_table = ON");
			statement.execute(narrower.replaceFirst("shared_insights", "new_shared_insights"));
			statement.execute("INSERT INTO new_shared_insights SELECT * FROM shared_insights");
			statement.execute("DROP TABLE shared_insights");
			statement.execute("ALTER TABLE new_shared_insights RENAME TO shared_insights");
			for (String index : indexes) {
				statement.execute(index);
			}
		}
		assertRefusedChangingNothing(TestSqlite.dataSource(this.dir.resolve("pierre.db")), jdbc, (refusal) -> {
			assertThat(refusal.getMessage()).contains("shared_insights was made by the first text of version " + SOCIAL);
			assertThat(refusal.getProblems()).hasSize(2);
			assertThat(refusal.getProblems().get(0)).contains("check on insight_type", "'coaching_insight'");
			assertThat(refusal.getProblems().get(1)).startsWith("fix: rebuild shared_insights")
				.contains("12-step procedure");
		});
	}

	@Test
	void refusesAPostgresqlDatabaseMadeByTheServersInlineDdlSayingSo() throws Exception {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
			jdbc.execute("CREATE TABLE users (id UUID PRIMARY KEY, email TEXT NOT NULL, is_active BOOLEAN NOT NULL, "
					+ "created_at TIMESTAMPTZ NOT NULL)");
			jdbc.update("INSERT INTO users VALUES ('6f1c6b0e-6c9e-4d3a-9d61-2c8a1f2b3c4d', 'a@example.com', true, now())");
			assertThatExceptionOfType(SchemaMigrationException.class)
				.isThrownBy(() -> migrator(database.dataSource()).migrate())
				.withMessageContaining("the Pierre server's PostgreSQL backend made with its own inline DDL")
				.withMessageContaining("users.created_at timestamp with time zone")
				.withMessageContaining("users.id uuid")
				.withMessageContaining("Nothing was changed");
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM users", Integer.class)).isEqualTo(1);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = "
					+ "'pierre_schema_history'", Integer.class)).isZero();
		}
	}

	@Test
	void adoptionCanBeTurnedOff() throws Exception {
		DataSource dataSource = TestSqlite.dataSource(this.dir.resolve("pierre.db"));
		SqlxDatabase.build(dataSource, DatabaseKind.SQLITE, NEWEST);
		PierreSchemaMigrator migrator = new PierreSchemaMigrator(dataSource,
				MigrationSettings.defaults().withAdoptSqlxHistory(false), MigrationCatalog.load(this.classLoader));
		assertThatExceptionOfType(SchemaMigrationException.class).isThrownBy(migrator::migrate)
			.withMessageContaining("pierre.database.adopt-sqlx-history is false: nothing was changed");
		assertThat(tables(new JdbcTemplate(dataSource))).doesNotContain("pierre_schema_history");
	}

	@Test
	void validateFailsOnDriftListingEachDifference() {
		DataSource dataSource = TestSqlite.dataSource(this.dir.resolve("pierre.db"));
		PierreSchemaMigrator migrator = migrator(dataSource);
		migrator.migrate();
		assertThat(migrator.validate().currentVersion()).hasValueSatisfying(
				(version) -> assertThat(version.text()).isEqualTo(NEWEST));
		new JdbcTemplate(dataSource).execute("ALTER TABLE recipes ADD COLUMN rating BIGINT");
		assertThatExceptionOfType(SchemaMigrationException.class).isThrownBy(migrator::validate)
			.withMessageStartingWith("Pierre schema validation failed: the schema differs from version " + NEWEST)
			.withMessageContaining("recipes: ")
			.withMessageContaining("rating");
	}

	private void assertAdopts(DataSource dataSource, DatabaseKind kind, String version) throws Exception {
		SqlxDatabase.build(dataSource, kind, version);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		insertRows(jdbc, version);
		List<String> sqlxHistory = sqlxHistory(jdbc);
		List<Map<String, Object>> users = jdbc.queryForList("SELECT id, email, display_name FROM users ORDER BY id");
		List<Map<String, Object>> profiles = jdbc.queryForList("SELECT * FROM user_profiles ORDER BY user_id");
		List<Map<String, Object>> apiKeys = jdbc.queryForList("SELECT * FROM api_keys ORDER BY id");

		MigrationReport report = migrator(dataSource).migrate();

		int adopted = (int) MigrationCatalog.load(this.classLoader)
			.entries(kind)
			.stream()
			.filter((entry) -> entry.version().text().compareTo(version) <= 0)
			.count();
		int versions = Migrations.versions().size();
		assertThat(report.applied()).isEqualTo(versions - adopted);
		SchemaStatus status = report.status();
		assertThat(status.currentVersion()).hasValueSatisfying((current) -> assertThat(current.text()).isEqualTo(NEWEST));
		assertThat(status.inState(MigrationState.BASELINE)).hasSize(adopted)
			.extracting(MigrationInfo::version)
			.allSatisfy((adoptedVersion) -> assertThat(adoptedVersion.text()).isLessThanOrEqualTo(version));
		assertThat(status.inState(MigrationState.APPLIED)).hasSize(versions - adopted);
		assertThat(status.needsAttention()).isFalse();
		assertThat(migrator(dataSource).drift(status)).isEmpty();
		assertThat(sqlxHistory(jdbc)).isEqualTo(sqlxHistory);
		assertThat(jdbc.queryForList("SELECT id, email, display_name FROM users ORDER BY id")).isEqualTo(users);
		assertThat(jdbc.queryForList("SELECT * FROM user_profiles ORDER BY user_id")).isEqualTo(profiles);
		assertThat(jdbc.queryForList("SELECT * FROM api_keys ORDER BY id")).isEqualTo(apiKeys);
		if (version.compareTo("20250120000012") < 0) {
			assertThat(jdbc.queryForObject("SELECT role FROM users WHERE id = 'admin'", String.class)).isEqualTo("admin");
		}
		assertThat(migrator(dataSource).migrate().applied()).isZero();
	}

	private void assertRefusedChangingNothing(DataSource dataSource, JdbcTemplate jdbc,
			Consumer<SqlxAdoptionRefusedException> refusal) {
		List<String> tablesBefore = tables(jdbc);
		List<String> historyBefore = sqlxHistory(jdbc);
		assertThatExceptionOfType(SqlxAdoptionRefusedException.class).isThrownBy(() -> migrator(dataSource).migrate())
			.satisfies(refusal)
			.withMessageEndingWith("Nothing was changed.");
		assertThat(tables(jdbc)).isEqualTo(tablesBefore).doesNotContain("pierre_schema_history");
		assertThat(sqlxHistory(jdbc)).isEqualTo(historyBefore);
	}

	private static void insertRows(JdbcTemplate jdbc, String version) {
		// The server's rows, as its users would have them.
		for (String id : List.of("admin", "runner", "swimmer")) {
			jdbc.update("INSERT INTO users (id, email, display_name, password_hash, is_admin, created_at, last_active) "
					+ "VALUES (?, ?, ?, 'hash', ?, '2025-01-20T00:00:00Z', '2025-01-20T00:00:00Z')", id,
					id + "@example.com", "Name of " + id, id.equals("admin") ? 1 : 0);
			jdbc.update("INSERT INTO user_profiles (user_id, profile_data, created_at, updated_at) "
					+ "VALUES (?, '{}', '2025-01-20T00:00:00Z', '2025-01-20T00:00:00Z')", id);
			jdbc.update("INSERT INTO api_keys (id, user_id, name, key_prefix, key_hash, tier, created_at) "
					+ "VALUES (?, ?, 'key', ?, ?, 'starter', '2025-01-20T00:00:00Z')", "key-" + id, id, "pk_" + id,
					"hash-" + id);
		}
	}

	private static List<String> sqlxHistory(JdbcTemplate jdbc) {
		return jdbc.query("SELECT * FROM _sqlx_migrations ORDER BY version",
				(row, i) -> row.getLong("version") + " " + row.getString("description") + " " + row.getBoolean("success")
						+ " " + HexFormat.of().formatHex(row.getBytes("checksum")) + " " + row.getString("installed_on")
						+ " " + row.getLong("execution_time"));
	}

	private static List<String> tables(JdbcTemplate jdbc) {
		return jdbc.queryForList("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", String.class);
	}

	private PierreSchemaMigrator migrator(DataSource dataSource) {
		return new PierreSchemaMigrator(dataSource, MigrationSettings.defaults(),
				MigrationCatalog.load(this.classLoader));
	}

}
