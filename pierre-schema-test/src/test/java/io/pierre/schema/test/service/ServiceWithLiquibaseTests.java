package io.pierre.schema.test.service;

import java.util.Map;

import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.jdbc.JdbcTables;
import io.pierre.schema.service.ServiceMigrationDiscovery;
import io.pierre.schema.service.ServiceMigrations;
import io.pierre.schema.test.CheckStatements;
import io.pierre.schema.test.Fixture;
import io.pierre.schema.test.PierreTestDatabase;
import io.pierre.schema.test.RunResults;
import io.pierre.schema.test.service.ServiceWithOwnTablesTests.NotesFixture;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixture service ({@link NotesApplication}) with its table from Boot's Liquibase instead of
 * Flyway, at Boot's default changelog location: its changelog is found where Boot finds it, runs
 * after the Pierre schema on the test database, and is applied on the other database of
 * {@link CheckStatements} too, so that its statements pass and one that PostgreSQL cannot run
 * still fails.
 */
class ServiceWithLiquibaseTests {

	private static final String LIQUIBASE_INSTEAD_OF_FLYWAY = "spring.flyway.enabled=false";

	private static final String LIQUIBASE_ON = "spring.liquibase.enabled=true";

	private static final ClassLoader CLASS_LOADER = ServiceWithLiquibaseTests.class.getClassLoader();

	@Test
	void theChangelogIsFoundWhereBootFindsIt() {
		Map<String, String> liquibase = Map.of("spring.flyway.enabled", "false");
		assertThat(ServiceMigrationDiscovery.fromProperties(liquibase::get, CLASS_LOADER))
			.isEqualTo(ServiceMigrations.liquibase("classpath:/db/changelog/db.changelog-master.yaml"));
		Map<String, String> elsewhere = Map.of("spring.flyway.enabled", "false", "spring.liquibase.change-log",
				"classpath:db/notes.xml");
		assertThat(ServiceMigrationDiscovery.fromProperties(elsewhere::get, CLASS_LOADER).liquibaseChangeLog())
			.isEqualTo("classpath:db/notes.xml");
		Map<String, String> off = Map.of("spring.flyway.enabled", "false", "spring.liquibase.enabled", "false");
		assertThat(ServiceMigrationDiscovery.fromProperties(off::get, CLASS_LOADER)).isEqualTo(ServiceMigrations.none());
	}

	@Test
	void springBootTestOnSqlite() {
		ServiceWithOwnTablesTests.passes(BootOnSqlite.class);
	}

	@Test
	void checkedSpringBootTestOnSqlite() {
		ServiceWithOwnTablesTests.passes(CheckedBootOnSqlite.class);
	}

	@Test
	void checkedSpringBootTestOnPostgresql() {
		ServiceWithOwnTablesTests.passes(CheckedBootOnPostgresql.class);
	}

	@Test
	void checkedJdbcTestOnPostgresql() {
		ServiceWithOwnTablesTests.passes(CheckedJdbcOnPostgresql.class);
	}

	@Test
	void checkedJdbcTestOnSqlite() {
		ServiceWithOwnTablesTests.passes(CheckedJdbcOnSqlite.class);
	}

	@Test
	void aStatementPostgresqlCannotRunStillFails() {
		EngineExecutionResults results = RunResults.run(CheckedWithAFault.class);
		results.testEvents().assertStatistics((stats) -> stats.started(1).succeeded(1));
		assertThat(RunResults.containerFailures(results)).singleElement()
			.satisfies((report) -> assertThat(report).contains("1 statement(s) cannot be prepared")
				.contains("on PostgreSQL: SELECT id FROM app_notes WHERE pinned = true")
				.contains("bigint = boolean")
				.doesNotContain("INSERT INTO app_notes"));
	}

	abstract static class LiquibaseFixture extends NotesFixture {

		/** The table is the changelog's: Liquibase recorded its change set, Flyway kept no history. */
		@Override
		void assertMigratedItsWay(JdbcTemplate jdbc) {
			assertThat(jdbc.queryForList("SELECT id FROM databasechangelog", String.class))
				.containsExactly("1-app-notes");
			assertThat(jdbc.execute((ConnectionCallback<Boolean>) (connection) -> JdbcTables.exists(connection, null,
					"flyway_schema_history")))
				.isFalse();
		}

	}

	@Fixture
	@SpringBootTest(properties = { LIQUIBASE_INSTEAD_OF_FLYWAY, LIQUIBASE_ON })
	@PierreTestDatabase
	static class BootOnSqlite extends LiquibaseFixture {

	}

	@Fixture
	@SpringBootTest(properties = { LIQUIBASE_INSTEAD_OF_FLYWAY, LIQUIBASE_ON })
	@PierreTestDatabase
	@CheckStatements
	static class CheckedBootOnSqlite extends LiquibaseFixture {

	}

	@Fixture
	@SpringBootTest(properties = { LIQUIBASE_INSTEAD_OF_FLYWAY, LIQUIBASE_ON })
	@PierreTestDatabase(DatabaseKind.POSTGRESQL)
	@CheckStatements
	static class CheckedBootOnPostgresql extends LiquibaseFixture {

	}

	@Fixture
	@JdbcTest(properties = { LIQUIBASE_INSTEAD_OF_FLYWAY, LIQUIBASE_ON })
	@Import(NoteRepository.class)
	@PierreTestDatabase
	@CheckStatements
	static class CheckedJdbcOnSqlite extends LiquibaseFixture {

	}

	@Fixture
	@JdbcTest(properties = { LIQUIBASE_INSTEAD_OF_FLYWAY, LIQUIBASE_ON })
	@Import(NoteRepository.class)
	@PierreTestDatabase(DatabaseKind.POSTGRESQL)
	@CheckStatements
	static class CheckedJdbcOnPostgresql extends LiquibaseFixture {

	}

	@Fixture
	@SpringBootTest(properties = { LIQUIBASE_INSTEAD_OF_FLYWAY, LIQUIBASE_ON })
	@PierreTestDatabase
	@CheckStatements
	static class CheckedWithAFault {

		@Autowired
		NoteRepository notes;

		@Autowired
		JdbcTemplate jdbc;

		@Test
		void runsAFaultyStatement() {
			ServiceWithOwnTablesTests.usesItsOwnTable(this.notes);
			assertThat(this.jdbc.queryForList("SELECT id FROM app_notes WHERE pinned = true", String.class)).isEmpty();
		}

	}

}
