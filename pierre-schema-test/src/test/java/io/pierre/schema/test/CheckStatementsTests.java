package io.pierre.schema.test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import io.pierre.schema.jdbc.DatabaseKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a run of test classes under {@link CheckStatements} reports when it ends, the classes run
 * through the JUnit engine inside these tests.
 */
class CheckStatementsTests {

	@Test
	void statementsThatRanOnOneDatabaseButDoNotPrepareOnTheOtherFailTheRunTogether() {
		EngineExecutionResults results = RunResults.run(RunsOnBoth.class);
		results.testEvents().assertStatistics((stats) -> stats.started(2).succeeded(2));
		List<String> failures = RunResults.containerFailures(results);
		assertThat(failures).singleElement().satisfies((report) -> {
			assertThat(report).contains("3 statement(s) cannot be prepared");
			assertThat(report).contains("on PostgreSQL: SELECT id FROM users WHERE is_admin = true")
				.contains("ran on SQLite in " + RunsOnBoth.class.getName() + "#onSqlite")
				.contains("= boolean");
			assertThat(report).contains("on PostgreSQL: SELECT id FROM users WHERE is_admin = ?")
				.contains("with parameters (VARCHAR)")
				.contains("= character varying");
			assertThat(report).contains("on SQLite: SELECT id FROM api_keys WHERE expires_at::timestamptz < now()")
				.contains("ran on PostgreSQL in " + RunsOnBoth.class.getName() + "#onPostgresql");
			assertThat(report).doesNotContain("WHERE email = ?").doesNotContain("is_admin = ? AND");
		});
	}

	@Test
	void aRunWhoseStatementsFitBothDatabasesPasses() {
		EngineExecutionResults results = RunResults.run(Portable.class);
		results.testEvents().assertStatistics((stats) -> stats.started(1).succeeded(1));
		assertThat(RunResults.containerFailures(results)).isEmpty();
	}

	@Test
	void withoutPostgresqlATestWhoseStatementsRanOnSqliteIsSkippedWithTheReasonOrFailsUnderCi() {
		assumeTrue(System.getenv(TestPostgres.URL_VARIABLE) == null,
				"needs a run without PostgreSQL (" + TestPostgres.URL_VARIABLE + " unset), as .ci/run makes once");
		EngineExecutionResults results = RunResults.runAsIs(Portable.class);
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			results.testEvents().assertStatistics((stats) -> stats.started(1).failed(1));
			assertThat(RunResults.failures(results)).singleElement()
				.satisfies((failure) -> assertThat(failure).contains("CI=true: PostgreSQL tests may not be skipped"));
			return;
		}
		results.testEvents().assertStatistics((stats) -> stats.started(1).aborted(1).failed(0));
		assertThat(results.testEvents().aborted().stream().map((event) -> event.getPayload(TestExecutionResult.class)
			.flatMap(TestExecutionResult::getThrowable)
			.map(Throwable::getMessage)
			.orElse(""))).singleElement().satisfies((reason) -> assertThat(reason).startsWith(TestPostgres.NO_SERVER));
		assertThat(RunResults.failures(results)).isEmpty();
	}

	@Fixture
	@CheckStatements
	@ExtendWith(PierreDatabaseExtension.class)
	static class RunsOnBoth {

		@Test
		void onSqlite(DataSource dataSource) throws Exception {
			try (Connection connection = dataSource.getConnection();
					Statement statement = connection.createStatement()) {
				statement.executeQuery("SELECT id FROM users WHERE is_admin = true").close();
				query(connection, "SELECT id FROM users WHERE email = ?", "a@example.com");
				// A string bound against the INTEGER flag: SQLite converts it, PostgreSQL refuses.
				query(connection, "SELECT id FROM users WHERE is_admin = ?", "1");
			}
		}

		@Test
		void onPostgresql(@PierreDatabase(DatabaseKind.POSTGRESQL) DataSource dataSource) throws Exception {
			try (Connection connection = dataSource.getConnection();
					Statement statement = connection.createStatement()) {
				statement.executeQuery("SELECT id FROM api_keys WHERE expires_at::timestamptz < now()").close();
				PreparedStatement prepared = connection
					.prepareStatement("SELECT id FROM users WHERE is_admin = ? AND email = ?");
				prepared.setLong(1, 0);
				prepared.setString(2, "a@example.com");
				prepared.executeQuery().close();
			}
		}

		private static void query(Connection connection, String sql, String value) throws Exception {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setString(1, value);
				statement.executeQuery().close();
			}
		}

	}

	@Fixture
	@CheckStatements
	@ExtendWith(PierreDatabaseExtension.class)
	static class Portable {

		@Test
		void onSqlite(DataSource dataSource) throws Exception {
			try (Connection connection = dataSource.getConnection();
					PreparedStatement statement = connection
						.prepareStatement("SELECT id FROM users WHERE is_admin = ? AND email = ?")) {
				statement.setInt(1, 1);
				statement.setString(2, "a@example.com");
				statement.executeQuery().close();
			}
		}

	}

}
