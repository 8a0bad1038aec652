package io.pierre.schema.test.boot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.test.Fixture;
import io.pierre.schema.test.MigratedDatabase;
import io.pierre.schema.test.PierreTestDatabase;
import io.pierre.schema.test.RunResults;
import io.pierre.schema.test.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PierreTestDatabase} on {@code @SpringBootTest} and on the {@code @JdbcTest} slice, on real
 * SQLite and PostgreSQL, the test classes run through the JUnit engine to see what is left after
 * them.
 */
class PierreTestDatabaseTests {

	private static final MigrationCatalog CATALOG = MigrationCatalog.load(PierreTestDatabaseTests.class.getClassLoader());

	@Test
	void springBootTestGetsAMigratedSqliteFileDeletedAfterTheClass() {
		run(SqliteBootTest.class);
		assertThat(SqliteBootTest.url).startsWith("jdbc:sqlite:");
		assertThat(Files.exists(Path.of(SqliteBootTest.url.substring("jdbc:sqlite:".length())).getParent())).isFalse();
	}

	@Test
	void jdbcTestSliceGetsAMigratedPostgresqlDatabaseDroppedAfterTheClass() throws Exception {
		run(PostgresqlJdbcTest.class);
		assertThat(PostgresqlJdbcTest.name).startsWith("pierre_test_");
		assertThat(postgresDatabases()).doesNotContain(PostgresqlJdbcTest.name);
	}

	private static void run(Class<?> testClass) {
		EngineExecutionResults results = RunResults.run(testClass);
		results.allEvents().failed().stream().forEach((event) -> {
			throw new AssertionError(event.toString(), event.getPayload(Throwable.class).orElse(null));
		});
		results.testEvents().assertStatistics((stats) -> stats.started(1).succeeded(1));
	}

	private static List<String> postgresDatabases() throws Exception {
		try (Connection connection = DriverManager.getConnection(System.getenv(TestPostgres.URL_VARIABLE),
				System.getenv().getOrDefault(TestPostgres.USER_VARIABLE, "postgres"),
				System.getenv().getOrDefault(TestPostgres.PASSWORD_VARIABLE, ""));
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT datname FROM pg_database")) {
			List<String> names = new ArrayList<>();
			while (result.next()) {
				names.add(result.getString(1));
			}
			return names;
		}
	}

	@Fixture
	@SpringBootTest(classes = TestApplication.class)
	@PierreTestDatabase
	static class SqliteBootTest {

		static String url;

		@Autowired
		JdbcTemplate jdbc;

		@Autowired
		Environment environment;

		@Autowired
		MigratedDatabase database;

		@Test
		void usesTheMigratedFile() {
			url = this.environment.getProperty("pierre.database.url");
			assertThat(this.database.jdbcUrl()).isEqualTo(url);
			assertThat(this.environment.getProperty("spring.datasource.url")).startsWith(url + "?");
			assertThat(this.jdbc.queryForObject("SELECT file FROM pragma_database_list WHERE name = 'main'",
					String.class))
				.isEqualTo(url.substring("jdbc:sqlite:".length()));
			assertThat(this.jdbc.queryForObject("SELECT count(*) FROM pierre_schema_history WHERE success = 1",
					Integer.class))
				.isEqualTo(CATALOG.versions().size());
			assertThat(this.jdbc.queryForObject("PRAGMA foreign_keys", Integer.class)).isEqualTo(1);
		}

	}

	@Fixture
	@JdbcTest
	@PierreTestDatabase(DatabaseKind.POSTGRESQL)
	static class PostgresqlJdbcTest {

		static String name;

		@Autowired
		JdbcTemplate jdbc;

		@Test
		void usesTheMigratedDatabaseInsteadOfAnEmbeddedOne() {
			name = this.jdbc.queryForObject("SELECT current_database()", String.class);
			assertThat(this.jdbc.queryForObject("SELECT max(version) FROM pierre_schema_history WHERE success",
					String.class))
				.isEqualTo(CATALOG.newestVersion(DatabaseKind.SQLITE).text());
			assertThat(this.jdbc.queryForObject("SELECT count(*) FROM users", Integer.class)).isZero();
		}

	}

}
