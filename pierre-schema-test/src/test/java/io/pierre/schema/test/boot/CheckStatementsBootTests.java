package io.pierre.schema.test.boot;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import io.pierre.schema.test.CheckStatements;
import io.pierre.schema.test.Fixture;
import io.pierre.schema.test.PierreTestDatabase;
import io.pierre.schema.test.RunResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CheckStatements} on a {@code @SpringBootTest}: what the service's code runs through the
 * application's DataSource is checked on the other database, what the starter runs there is not.
 */
class CheckStatementsBootTests {

	@Test
	void theServicesStatementsAreCheckedAndTheStartersAreLeftOut() {
		EngineExecutionResults results = RunResults.run(ServiceTest.class);
		results.testEvents().assertStatistics((stats) -> stats.started(1).succeeded(1));
		List<String> failures = RunResults.containerFailures(results);
		assertThat(failures).singleElement()
			.satisfies((report) -> assertThat(report).contains("1 statement(s) cannot be prepared")
				.contains("on PostgreSQL: SELECT count(*) FROM users WHERE is_admin = false")
				.contains("ran on SQLite in " + ServiceTest.class.getName() + "#runsStatements"));
	}

	@Test
	void whatTheStarterRunsThroughTheApplicationsDataSourceIsLeftOut() {
		// Here the starter's DataSource is the application's: it migrates through the recording one.
		EngineExecutionResults results = RunResults.run(StarterSharesTheDataSource.class);
		results.testEvents().assertStatistics((stats) -> stats.started(1).succeeded(1));
		assertThat(StarterSharesTheDataSource.dataSourceType).isEqualTo("RecordingDataSource");
		List<String> failures = RunResults.containerFailures(results);
		assertThat(failures).singleElement()
			.satisfies((report) -> assertThat(report).contains("1 statement(s) cannot be prepared")
				.contains("on PostgreSQL: SELECT id FROM users WHERE is_active = true"));
	}

	@Fixture
	@SpringBootTest(classes = TestApplication.class)
	@CheckStatements
	static class StarterSharesTheDataSource {

		@TempDir
		static Path folder;

		static String dataSourceType;

		@DynamicPropertySource
		static void database(DynamicPropertyRegistry registry) {
			registry.add("pierre.database.url", () -> "jdbc:sqlite:" + folder.resolve("app.db"));
		}

		@Autowired
		JdbcTemplate jdbc;

		@Autowired
		DataSource dataSource;

		@Test
		void runsAStatement() {
			dataSourceType = this.dataSource.getClass().getSimpleName();
			this.jdbc.queryForList("SELECT id FROM users WHERE is_active = true");
		}

	}

	@Fixture
	@SpringBootTest(classes = TestApplication.class)
	@PierreTestDatabase
	@CheckStatements
	static class ServiceTest {

		@Autowired
		JdbcTemplate jdbc;

		@Test
		void runsStatements() {
			this.jdbc.queryForObject("SELECT count(*) FROM users WHERE is_admin = false", Integer.class);
			this.jdbc.queryForObject("SELECT count(*) FROM users WHERE email = ?", Integer.class, "a@example.com");
		}

	}

}
