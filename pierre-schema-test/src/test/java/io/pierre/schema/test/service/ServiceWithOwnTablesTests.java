package io.pierre.schema.test.service;

import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.jdbc.JdbcTables;
import io.pierre.schema.test.CheckStatements;
import io.pierre.schema.test.Fixture;
import io.pierre.schema.test.PierreTestDatabase;
import io.pierre.schema.test.RunResults;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A service with a table of its own ({@link NotesApplication}) under the README's test
 * annotations, on SQLite and PostgreSQL, in {@code @SpringBootTest} and in {@code @JdbcTest}: its
 * context starts (Boot's Flyway baselined on the test database), its statements on its own table
 * pass {@link CheckStatements} (the other database gets its migrations too), and a statement that
 * the other database cannot run, or on a table that neither has, still fails the check. The same
 * with the table from Boot's SQL initialization instead of Flyway.
 */
class ServiceWithOwnTablesTests {

	private static final String WITH_SCHEMA_SQL = "spring.flyway.enabled=false";

	private static final String SQL_INIT_ALWAYS = "spring.sql.init.mode=always";

	@Test
	void springBootTestOnSqlite() {
		passes(BootOnSqlite.class);
	}

	@Test
	void springBootTestOnPostgresql() {
		passes(BootOnPostgresql.class);
	}

	@Test
	void jdbcTestOnSqlite() {
		passes(JdbcOnSqlite.class);
	}

	@Test
	void jdbcTestOnPostgresql() {
		passes(JdbcOnPostgresql.class);
	}

	@Test
	void checkedSpringBootTestOnSqlite() {
		passes(CheckedBootOnSqlite.class);
	}

	@Test
	void checkedSpringBootTestOnPostgresql() {
		passes(CheckedBootOnPostgresql.class);
	}

	@Test
	void checkedJdbcTestOnSqlite() {
		passes(CheckedJdbcOnSqlite.class);
	}

	@Test
	void checkedJdbcTestOnPostgresql() {
		passes(CheckedJdbcOnPostgresql.class);
	}

	@Test
	void checkedWithTablesFromSchemaSqlOnSqlite() {
		passes(CheckedSchemaSqlBootOnSqlite.class);
	}

	@Test
	void checkedWithTablesFromSchemaSqlOnPostgresql() {
		passes(CheckedSchemaSqlJdbcOnPostgresql.class);
	}

	@Test
	void aStatementPostgresqlCannotRunAndOneOnATableNeitherHasStillFail() {
		EngineExecutionResults results = RunResults.run(CheckedWithFaults.class);
		results.testEvents().assertStatistics((stats) -> stats.started(1).succeeded(1));
		assertThat(RunResults.containerFailures(results)).singleElement().satisfies((report) -> {
			assertThat(report).contains("2 statement(s) cannot be prepared");
			assertThat(report).contains("on PostgreSQL: SELECT id FROM app_notes WHERE pinned = true")
				.contains("ran on SQLite in " + CheckedWithFaults.class.getName() + "#runsFaultyStatements")
				.contains("bigint = boolean");
			assertThat(report).contains("on PostgreSQL: SELECT id FROM app_archive")
				.contains("relation \"app_archive\" does not exist");
			assertThat(report).doesNotContain("INSERT INTO app_notes").doesNotContain("FROM app_notes n JOIN");
		});
	}

	@Test
	void withTablesFromSchemaSqlAStatementPostgresqlCannotRunStillFails() {
		EngineExecutionResults results = RunResults.run(CheckedSchemaSqlWithFaults.class);
		results.testEvents().assertStatistics((stats) -> stats.started(1).succeeded(1));
		assertThat(RunResults.containerFailures(results)).singleElement()
			.satisfies((report) -> assertThat(report).contains("1 statement(s) cannot be prepared")
				.contains("on PostgreSQL: SELECT id FROM app_notes WHERE pinned = true")
				.contains("bigint = boolean"));
	}

	@Test
	void aMigrationOfTheServicesThatPostgresqlCannotApplyFailsTheCheckNamingIt() {
		EngineExecutionResults results = RunResults.run(CheckedWithASqliteOnlyMigration.class);
		results.testEvents().assertStatistics((stats) -> stats.started(1).succeeded(1));
		assertThat(RunResults.containerFailures(results)).singleElement()
			.satisfies((report) -> assertThat(report)
				.contains("The service's Flyway migrations (classpath:db/sqlite-only) could not be applied on PostgreSQL")
				.contains("AUTOINCREMENT")
				.contains("so 1 recorded statement(s) were not checked there"));
	}

	static void passes(Class<?> fixture) {
		EngineExecutionResults results = RunResults.run(fixture);
		assertThat(RunResults.failures(results)).isEmpty();
		results.testEvents().assertStatistics((stats) -> stats.started(1).succeeded(1));
	}

	/**
	 * What each fixture does with its own table: rows that reference users, a join, and the
	 * cascade of the reference (a violation is left out: in a {@code @JdbcTest}'s transaction
	 * PostgreSQL refuses everything after it).
	 */
	static void usesItsOwnTable(NoteRepository notes) {
		notes.addUser("u1", "ada@example.com");
		notes.add("n1", "u1", "pinned", true);
		notes.add("n2", "u1", "not pinned", false);
		assertThat(notes.pinnedBodiesOf("ada@example.com")).containsExactly("pinned");
		notes.deleteUser("u1");
		assertThat(notes.count()).isZero();
	}

	abstract static class NotesFixture {

		@Autowired
		NoteRepository notes;

		@Autowired
		JdbcTemplate jdbc;

		@Test
		void usesItsOwnTable() {
			assertMigratedItsWay(this.jdbc);
			ServiceWithOwnTablesTests.usesItsOwnTable(this.notes);
		}

		abstract void assertMigratedItsWay(JdbcTemplate jdbc);

	}

	abstract static class FlywayFixture extends NotesFixture {

		/** Boot's Flyway recorded a baseline below the service's version 1, which ran. */
		@Override
		void assertMigratedItsWay(JdbcTemplate jdbc) {
			assertThat(jdbc.queryForList(
					"SELECT version || '/' || type FROM flyway_schema_history ORDER BY installed_rank", String.class))
				.containsExactly("0/BASELINE", "1/SQL");
		}

	}

	abstract static class SchemaSqlFixture extends NotesFixture {

		/** The table is schema.sql's: Boot's Flyway is off and kept no history. */
		@Override
		void assertMigratedItsWay(JdbcTemplate jdbc) {
			assertThat(jdbc.execute((ConnectionCallback<Boolean>) (connection) -> JdbcTables.exists(connection, null,
					"flyway_schema_history")))
				.isFalse();
		}

	}

	@Fixture
	@SpringBootTest
	@PierreTestDatabase
	static class BootOnSqlite extends FlywayFixture {

	}

	@Fixture
	@SpringBootTest
	@PierreTestDatabase(DatabaseKind.POSTGRESQL)
	static class BootOnPostgresql extends FlywayFixture {

	}

	@Fixture
	@JdbcTest
	@Import(NoteRepository.class)
	@PierreTestDatabase
	static class JdbcOnSqlite extends FlywayFixture {

	}

	@Fixture
	@JdbcTest
	@Import(NoteRepository.class)
	@PierreTestDatabase(DatabaseKind.POSTGRESQL)
	static class JdbcOnPostgresql extends FlywayFixture {

	}

	@Fixture
	@SpringBootTest
	@PierreTestDatabase
	@CheckStatements
	static class CheckedBootOnSqlite extends FlywayFixture {

	}

	@Fixture
	@SpringBootTest
	@PierreTestDatabase(DatabaseKind.POSTGRESQL)
	@CheckStatements
	static class CheckedBootOnPostgresql extends FlywayFixture {

	}

	@Fixture
	@JdbcTest
	@Import(NoteRepository.class)
	@PierreTestDatabase
	@CheckStatements
	static class CheckedJdbcOnSqlite extends FlywayFixture {

	}

	@Fixture
	@JdbcTest
	@Import(NoteRepository.class)
	@PierreTestDatabase(DatabaseKind.POSTGRESQL)
	@CheckStatements
	static class CheckedJdbcOnPostgresql extends FlywayFixture {

	}

	@Fixture
	@SpringBootTest(properties = { WITH_SCHEMA_SQL, SQL_INIT_ALWAYS })
	@PierreTestDatabase
	@CheckStatements
	static class CheckedSchemaSqlBootOnSqlite extends SchemaSqlFixture {

	}

	@Fixture
	@JdbcTest(properties = { WITH_SCHEMA_SQL, SQL_INIT_ALWAYS })
	@Import(NoteRepository.class)
	@PierreTestDatabase(DatabaseKind.POSTGRESQL)
	@CheckStatements
	static class CheckedSchemaSqlJdbcOnPostgresql extends SchemaSqlFixture {

	}

	@Fixture
	@SpringBootTest
	@PierreTestDatabase
	@CheckStatements
	static class CheckedWithFaults {

		@Autowired
		NoteRepository notes;

		@Autowired
		JdbcTemplate jdbc;

		@Test
		void runsFaultyStatements() {
			ServiceWithOwnTablesTests.usesItsOwnTable(this.notes);
			// SQLite reads true as 1; PostgreSQL compares no BIGINT with a boolean.
			assertThat(this.jdbc.queryForList("SELECT id FROM app_notes WHERE pinned = true", String.class)).isEmpty();
			assertThatExceptionOfType(DataAccessException.class)
				.isThrownBy(() -> this.jdbc.queryForList("SELECT id FROM app_archive", String.class));
		}

	}

	@Fixture
	@SpringBootTest(properties = "spring.flyway.locations=classpath:db/sqlite-only")
	@PierreTestDatabase
	@CheckStatements
	static class CheckedWithASqliteOnlyMigration {

		@Autowired
		JdbcTemplate jdbc;

		@Test
		void countsOnItsOwnTable() {
			assertThat(this.jdbc.queryForObject("SELECT count(*) FROM app_counters", Integer.class)).isZero();
		}

	}

	@Fixture
	@SpringBootTest(properties = { WITH_SCHEMA_SQL, SQL_INIT_ALWAYS })
	@PierreTestDatabase
	@CheckStatements
	static class CheckedSchemaSqlWithFaults {

		@Autowired
		JdbcTemplate jdbc;

		@Test
		void runsAFaultyStatement() {
			assertThat(this.jdbc.queryForList("SELECT id FROM app_notes WHERE pinned = true", String.class)).isEmpty();
		}

	}

}
