package io.pierre.schema.test;

import java.util.List;

import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.service.ServiceMigrations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Statements given to the check, prepared on real SQLite and PostgreSQL databases.
 */
class StatementCheckTests {

	@Test
	void statementsThatFitTheSchemaPrepareOnBothDatabases() {
		StatementCheck check = StatementCheck.of("SELECT id, email FROM users WHERE email = ?",
				"INSERT INTO api_keys (id, user_id, name, key_prefix, key_hash, tier, is_active, created_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
				"UPDATE users SET display_name = ? WHERE id = ?", "DELETE FROM api_keys WHERE user_id = ?");
		assertThat(check.failures()).isEmpty();
		check.assertPrepared();
	}

	@Test
	void anUnknownColumnFailsOnBothDatabasesWithEachDatabasesError() {
		List<StatementFailure> failures = StatementCheck.of("SELECT nickname FROM users WHERE id = ?").failures();
		assertThat(failures).extracting(StatementFailure::database)
			.containsExactly(DatabaseKind.SQLITE, DatabaseKind.POSTGRESQL);
		assertThat(failures.get(0).error()).contains("no such column: nickname");
		assertThat(failures.get(1).error()).contains("column \"nickname\" does not exist");
	}

	@Test
	void aBooleanLiteralAgainstAnIntegerFlagFailsOnPostgresqlOnly() {
		List<StatementFailure> failures = StatementCheck.of("SELECT id FROM users WHERE is_admin = true").failures();
		assertThat(failures).singleElement().satisfies((failure) -> {
			assertThat(failure.database()).isEqualTo(DatabaseKind.POSTGRESQL);
			assertThat(failure.error()).containsPattern("operator does not exist: (integer|bigint) = boolean");
		});
	}

	@Test
	void aTextTimestampAgainstNowFailsOnBothDatabases() {
		List<StatementFailure> failures = StatementCheck.of("SELECT id FROM api_keys WHERE expires_at < NOW()")
			.failures();
		assertThat(failures).extracting(StatementFailure::database)
			.containsExactly(DatabaseKind.SQLITE, DatabaseKind.POSTGRESQL);
		assertThat(failures.get(0).error()).contains("no such function: NOW");
		assertThat(failures.get(1).error()).contains("operator does not exist: text < timestamp with time zone");
	}

	@Test
	void everyFailureIsReportedTogetherWithItsStatementDatabaseAndError() {
		StatementCheck check = StatementCheck.ofResource("statements/faulty.sql");
		assertThat(check.statements()).hasSize(3);
		// Skipped as the others are without PostgreSQL, rather than caught below as an error.
		TestPostgres.requireServer();
		assertThatExceptionOfType(AssertionError.class).isThrownBy(check::assertPrepared)
			.withMessageContaining("3 statement(s) cannot be prepared")
			.withMessageContaining("on SQLite: SELECT missing_column FROM users")
			.withMessageContaining("on PostgreSQL: SELECT missing_column FROM users")
			.withMessageContaining("on PostgreSQL: SELECT id FROM users WHERE is_admin = true")
			.withMessageContaining("= boolean")
			.withMessageNotContaining("WHERE email = ';'");
	}

	@Test
	void theServicesOwnTablesAreThereFromItsFlywayMigrations() {
		StatementCheck check = StatementCheck.of(
				"INSERT INTO app_notes (id, user_id, body, pinned, created_at) VALUES (?, ?, ?, ?, ?)",
				"SELECT n.body FROM app_notes n JOIN users u ON u.id = n.user_id WHERE u.email = ?");
		// This module's tests are a service with Boot's Flyway and db/migration/V1__app_notes.sql.
		assertThat(check.migrations()).isEqualTo(ServiceMigrations.flyway(List.of("classpath:db/migration")));
		assertThat(check.failures()).isEmpty();
	}

	@Test
	void theServicesOwnTablesAreThereFromTheScriptsGiven() {
		assertThat(StatementCheck.of("SELECT body FROM app_notes WHERE pinned = ?")
			.withMigrations(ServiceMigrations.scripts(List.of("classpath:schema.sql"), ";"))
			.failures()).isEmpty();
	}

	@Test
	void withoutTheServicesMigrationsItsTablesAreMissing() {
		assertThat(StatementCheck.of("SELECT body FROM app_notes").withMigrations(ServiceMigrations.none()).failures())
			.extracting(StatementFailure::database)
			.containsExactly(DatabaseKind.SQLITE, DatabaseKind.POSTGRESQL);
	}

	@Test
	void aTableThatNeitherHasFailsOnBothNamingTheTable() {
		List<StatementFailure> failures = StatementCheck.of("SELECT id FROM app_archive").failures();
		assertThat(failures).extracting(StatementFailure::database)
			.containsExactly(DatabaseKind.SQLITE, DatabaseKind.POSTGRESQL);
		assertThat(failures.get(0).error()).contains("no such table: app_archive");
		assertThat(failures.get(1).error()).contains("relation \"app_archive\" does not exist");
	}

	@Test
	void aMissingResourceIsNamed() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> StatementCheck.ofResource("statements/none.sql"))
			.withMessage("No resource statements/none.sql on the class path");
	}

}
