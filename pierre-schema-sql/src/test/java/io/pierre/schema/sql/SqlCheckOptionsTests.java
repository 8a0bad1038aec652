package io.pierre.schema.sql;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The processor's options and the environment variables that stand in for the server's.
 */
class SqlCheckOptionsTests {

	@Test
	void defaultsCheckAtTheNewestVersionOfflineWithMigrationsWhereBootFindsThem() {
		SqlCheckOptions options = SqlCheckOptions.of(Map.of(), Map.of());
		assertThat(options.mode()).isEqualTo(CheckMode.VERIFY);
		assertThat(options.target()).isNull();
		assertThat(options.postgres()).isEmpty();
		assertThat(options.databasePrefix()).isEqualTo("pierre_sql");
		assertThat(options.metadata()).isNull();
		assertThat(options.migrationLocations()).isEmpty();
	}

	@Test
	void environmentNamesTheServerWhereNoOptionDoes() {
		Map<String, String> environment = Map.of(SqlCheckOptions.URL_VARIABLE, "jdbc:postgresql://db:5432/postgres",
				SqlCheckOptions.USER_VARIABLE, "builder");
		assertThat(SqlCheckOptions.of(Map.of(), environment).postgres())
			.contains(new PostgresServer("jdbc:postgresql://db:5432/postgres", "builder", ""));
		assertThat(SqlCheckOptions.of(Map.of(SqlCheckOptions.POSTGRES_URL, "jdbc:postgresql://other/postgres"), environment)
			.postgres()
			.orElseThrow()
			.url()).isEqualTo("jdbc:postgresql://other/postgres");
	}

	@Test
	void checkModeIsOfflineEvenWhereAServerIsNamed() {
		SqlCheckOptions options = SqlCheckOptions.of(Map.of(SqlCheckOptions.MODE, "check", SqlCheckOptions.METADATA, "sql"),
				Map.of(SqlCheckOptions.URL_VARIABLE, "jdbc:postgresql://db:5432/postgres"));
		assertThat(options.postgres()).isEmpty();
		assertThat(options.metadata()).isEqualTo(Path.of("sql"));
	}

	@Test
	void badOptionsAreErrorsNamingTheOption() {
		assertThatIllegalArgumentException().isThrownBy(() -> SqlCheckOptions.of(Map.of(SqlCheckOptions.MODE, "fast"), Map.of()))
			.withMessage("-Apierre.sql.mode=fast is not a mode: use verify, prepare or check");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SqlCheckOptions.of(Map.of(SqlCheckOptions.MODE, "prepare", SqlCheckOptions.METADATA, "sql"),
					Map.of()))
			.withMessageContaining("-Apierre.sql.postgres.url or PIERRE_SQL_POSTGRES_URL");
		assertThatIllegalArgumentException().isThrownBy(() -> SqlCheckOptions.of(Map.of(SqlCheckOptions.MODE, "check"), Map.of()))
			.withMessageContaining("needs the metadata folder: -Apierre.sql.metadata=");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SqlCheckOptions.of(Map.of(SqlCheckOptions.TARGET, "latest"), Map.of()))
			.withMessageStartingWith("-Apierre.sql.target=latest: ");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SqlCheckOptions.of(Map.of(SqlCheckOptions.DATABASE_PREFIX, "Pierre-SQL"), Map.of()))
			.withMessageStartingWith("-Apierre.sql.postgres.prefix=Pierre-SQL is not");
	}

}
