package io.pierre.schema.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import io.pierre.schema.ServiceMigrationException;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.jdbc.JdbcTables;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A service's own migrations applied after the Pierre schema, on real SQLite and PostgreSQL: its
 * Flyway migrations (baselined below them, {@code {vendor}} resolved), its Liquibase changelog,
 * its schema scripts, and what fails, named.
 */
class ServiceMigrationsTests {

	private static final ClassLoader CLASS_LOADER = ServiceMigrationsTests.class.getClassLoader();

	private static final ServiceMigrations NOTES = ServiceMigrations
		.flyway(List.of("classpath:service-migrations/flyway"));

	private static final ServiceMigrations NOTES_LIQUIBASE = ServiceMigrations
		.liquibase("classpath:service-migrations/liquibase/db.changelog-master.yaml");

	/** Migrated once, copied for each test. */
	private static Path sqliteTemplate;

	private static PostgresDatabase postgresTemplate;

	@BeforeAll
	static void migrateSqliteTemplate(@TempDir Path folder) throws SQLException {
		sqliteTemplate = folder.resolve("template.db");
		Migrations.migrateToNewest(TestSqlite.dataSource(sqliteTemplate), DatabaseKind.SQLITE);
	}

	@AfterAll
	static void dropTemplate() {
		if (postgresTemplate != null) {
			postgresTemplate.close();
		}
	}

	@Test
	void flywayMigrationsReferencingPierreTablesApplyOnSqlite(@TempDir Path folder) throws SQLException {
		DataSource dataSource = pierreSqlite(folder);
		NOTES.applyTo(dataSource, DatabaseKind.SQLITE, CLASS_LOADER);
		assertNotesReferenceUsers(dataSource);
		assertThat(new JdbcTemplate(dataSource)
			.queryForList("SELECT version FROM flyway_schema_history ORDER BY installed_rank", String.class))
			.containsExactly("0", "1");
	}

	@Test
	void flywayMigrationsReferencingPierreTablesApplyOnPostgresql() throws SQLException {
		try (PostgresDatabase database = pierrePostgresql()) {
			NOTES.applyTo(database.dataSource(), DatabaseKind.POSTGRESQL, CLASS_LOADER);
			assertNotesReferenceUsers(database.dataSource());
		}
	}

	@Test
	void vendorInALocationIsTheDatabase(@TempDir Path folder) throws SQLException {
		ServiceMigrations tags = ServiceMigrations.flyway(List.of("classpath:service-migrations/vendor/{vendor}"));
		DataSource sqlite = pierreSqlite(folder);
		tags.applyTo(sqlite, DatabaseKind.SQLITE, CLASS_LOADER);
		assertThat(columnDefault(sqlite)).isNull();
		try (PostgresDatabase database = pierrePostgresql()) {
			tags.applyTo(database.dataSource(), DatabaseKind.POSTGRESQL, CLASS_LOADER);
			assertThat(new JdbcTemplate(database.dataSource()).queryForObject(
					"SELECT column_default FROM information_schema.columns WHERE table_name = 'app_tags' "
							+ "AND column_name = 'id'",
					String.class))
				.startsWith("nextval");
		}
	}

	@Test
	void aLiquibaseChangelogReferencingPierreTablesAppliesOnSqlite(@TempDir Path folder) throws SQLException {
		DataSource dataSource = pierreSqlite(folder);
		NOTES_LIQUIBASE.applyTo(dataSource, DatabaseKind.SQLITE, CLASS_LOADER);
		assertNotesReferenceUsers(dataSource);
		assertThat(changeSetsApplied(dataSource)).containsExactly("1-app-notes");
	}

	@Test
	void aLiquibaseChangelogReferencingPierreTablesAppliesOnPostgresql() throws SQLException {
		try (PostgresDatabase database = pierrePostgresql()) {
			NOTES_LIQUIBASE.applyTo(database.dataSource(), DatabaseKind.POSTGRESQL, CLASS_LOADER);
			assertNotesReferenceUsers(database.dataSource());
			assertThat(changeSetsApplied(database.dataSource())).containsExactly("1-app-notes");
		}
	}

	@Test
	void aChangelogThatPostgresqlCannotRunFailsNamingItAndTheDatabase() throws SQLException {
		ServiceMigrations broken = ServiceMigrations
			.liquibase("classpath:service-migrations/liquibase-broken/db.changelog-master.yaml");
		try (PostgresDatabase database = pierrePostgresql()) {
			assertThatExceptionOfType(ServiceMigrationException.class)
				.isThrownBy(() -> broken.applyTo(database.dataSource(), DatabaseKind.POSTGRESQL, CLASS_LOADER))
				.withMessageStartingWith("The service's Liquibase changelog "
						+ "(classpath:service-migrations/liquibase-broken/db.changelog-master.yaml) could not be "
						+ "applied on PostgreSQL: ")
				.withMessageContaining("AUTOINCREMENT");
		}
	}

	@Test
	void aMissingChangelogIsNamed(@TempDir Path folder) {
		DataSource dataSource = pierreSqlite(folder);
		assertThatExceptionOfType(ServiceMigrationException.class)
			.isThrownBy(() -> ServiceMigrations.liquibase("classpath:service-migrations/none.yaml")
				.applyTo(dataSource, DatabaseKind.SQLITE, CLASS_LOADER))
			.withMessageStartingWith("The service's Liquibase changelog (classpath:service-migrations/none.yaml) "
					+ "could not be applied on SQLite: ")
			.withMessageContaining("none.yaml");
	}

	@Test
	void schemaScriptsRunInOrderAndAMissingOptionalOneIsNoError(@TempDir Path folder) throws SQLException {
		DataSource dataSource = pierreSqlite(folder);
		ServiceMigrations.scripts(List.of("optional:classpath*:service-migrations/schema-none.sql",
				"classpath:service-migrations/schema.sql"), ";")
			.applyTo(dataSource, DatabaseKind.SQLITE, CLASS_LOADER);
		assertNotesReferenceUsers(dataSource);
		assertThat(new JdbcTemplate(dataSource).queryForObject(
				"SELECT count(*) FROM sqlite_master WHERE name = 'idx_app_notes_user_id'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void schemaScriptsOnPostgresql() throws SQLException {
		try (PostgresDatabase database = pierrePostgresql()) {
			ServiceMigrations.scripts(List.of("classpath:service-migrations/schema.sql"), ";")
				.applyTo(database.dataSource(), DatabaseKind.POSTGRESQL, CLASS_LOADER);
			assertNotesReferenceUsers(database.dataSource());
		}
	}

	@Test
	void aMissingScriptThatIsNotOptionalIsNamed(@TempDir Path folder) {
		DataSource dataSource = pierreSqlite(folder);
		assertThatExceptionOfType(ServiceMigrationException.class)
			.isThrownBy(() -> ServiceMigrations.scripts(List.of("classpath:service-migrations/missing.sql"), ";")
				.applyTo(dataSource, DatabaseKind.SQLITE, CLASS_LOADER))
			.withMessage("No schema script at classpath:service-migrations/missing.sql");
	}

	@Test
	void aMigrationThatPostgresqlCannotRunFailsNamingItsLocationAndTheDatabase() throws SQLException {
		ServiceMigrations broken = ServiceMigrations.flyway(List.of("classpath:service-migrations/broken"));
		try (PostgresDatabase database = pierrePostgresql()) {
			assertThatExceptionOfType(ServiceMigrationException.class)
				.isThrownBy(() -> broken.applyTo(database.dataSource(), DatabaseKind.POSTGRESQL, CLASS_LOADER))
				.withMessageStartingWith("The service's Flyway migrations (classpath:service-migrations/broken) could "
						+ "not be applied on PostgreSQL: ")
				.withMessageContaining("AUTOINCREMENT");
		}
	}

	@Test
	void noneChangesNothing(@TempDir Path folder) throws SQLException {
		DataSource dataSource = pierreSqlite(folder);
		ServiceMigrations.none().applyTo(dataSource, DatabaseKind.SQLITE, CLASS_LOADER);
		try (Connection connection = dataSource.getConnection()) {
			assertThat(JdbcTables.names(connection, null)).contains("users").doesNotContain("flyway_schema_history");
		}
	}

	private static synchronized PostgresDatabase pierrePostgresql() throws SQLException {
		if (postgresTemplate == null) {
			PostgresDatabase template = TestPostgres.createDatabase();
			Migrations.migrateToNewest(template.dataSource(), DatabaseKind.POSTGRESQL);
			postgresTemplate = template;
		}
		return TestPostgres.copyOf(postgresTemplate);
	}

	private static DataSource pierreSqlite(Path folder) {
		Path file = folder.resolve("pierre.db");
		try {
			Files.copy(sqliteTemplate, file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return TestSqlite.dataSource(file);
	}

	private static void assertNotesReferenceUsers(DataSource dataSource) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("INSERT INTO users (id, email, password_hash, created_at, last_active) "
				+ "VALUES ('u1', 'a@example.com', 'x', '2025-01-01', '2025-01-01')");
		jdbc.update("INSERT INTO app_notes (id, user_id, body) VALUES (1, 'u1', 'kept')");
		assertThat(jdbc.queryForObject("SELECT body FROM app_notes", String.class)).isEqualTo("kept");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.update("INSERT INTO app_notes (id, user_id, body) VALUES (2, 'nobody', 'x')"))
			.satisfies((ex) -> assertThat(ex.getMessage()).containsIgnoringCase("foreign key"));
	}

	private static List<String> changeSetsApplied(DataSource dataSource) {
		return new JdbcTemplate(dataSource).queryForList("SELECT id FROM databasechangelog ORDER BY orderexecuted",
				String.class);
	}

	private static String columnDefault(DataSource sqlite) {
		return new JdbcTemplate(sqlite).queryForObject(
				"SELECT dflt_value FROM pragma_table_info('app_tags') WHERE name = 'id'", String.class);
	}

}
