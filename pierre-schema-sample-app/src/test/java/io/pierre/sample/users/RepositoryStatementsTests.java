package io.pierre.sample.users;

import java.util.List;
import java.util.stream.Stream;

import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.test.StatementCheck;
import io.pierre.schema.test.StatementFailure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every statement of the repositories prepared against the newest Pierre schema on SQLite and
 * PostgreSQL, as {@code cargo sqlx prepare --check} checks the Pierre server's; and the check
 * catching the two faults that the server's own PostgreSQL code had most.
 */
class RepositoryStatementsTests {

	@Test
	void everyRepositoryStatementPreparesOnBothDatabases() {
		String[] statements = Stream.concat(UserRepository.STATEMENTS.stream(), ApiKeyRepository.STATEMENTS.stream())
			.toArray(String[]::new);
		StatementCheck.of(statements).assertPrepared();
	}

	@Test
	void catchesABooleanLiteralAgainstAnIntegerFlagAndATextTimestampAgainstNow() {
		List<StatementFailure> failures = StatementCheck.ofResource("sql/portability-faults.sql").failures();
		assertThat(failures).extracting(StatementFailure::database, StatementFailure::statement)
			.containsExactlyInAnyOrder(
					// Fine on SQLite, which reads true as 1.
					tuple(DatabaseKind.POSTGRESQL,
							"SELECT id FROM users WHERE is_admin = true"),
					tuple(DatabaseKind.SQLITE,
							"SELECT id FROM api_keys WHERE expires_at < NOW()"),
					tuple(DatabaseKind.POSTGRESQL,
							"SELECT id FROM api_keys WHERE expires_at < NOW()"));
		assertThat(failures).extracting(StatementFailure::error)
			.anySatisfy((error) -> assertThat(error).contains("operator does not exist").contains("= boolean"))
			.anySatisfy((error) -> assertThat(error).contains("no such function: NOW"))
			.anySatisfy((error) -> assertThat(error).contains("operator does not exist: text < timestamp with time zone"));
	}

}
