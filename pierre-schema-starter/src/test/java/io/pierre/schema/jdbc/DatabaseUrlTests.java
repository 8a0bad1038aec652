package io.pierre.schema.jdbc;

import java.util.List;

import io.pierre.schema.InvalidSettingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link DatabaseUrl}: JDBC URLs and the Pierre server's DATABASE_URL forms.
 */
class DatabaseUrlTests {

	@Test
	void jdbcSqliteUrlIsKept() {
		assertThat(parse("jdbc:sqlite:./data/users.db"))
			.isEqualTo(new DatabaseUrl(DatabaseKind.SQLITE, "jdbc:sqlite:./data/users.db", null, null));
	}

	@Test
	void sqlxSqliteFormsBecomeJdbcUrls() {
		assertThat(parse("sqlite:./data/users.db").jdbcUrl()).isEqualTo("jdbc:sqlite:./data/users.db");
		assertThat(parse("sqlite://data/users.db").jdbcUrl()).isEqualTo("jdbc:sqlite:data/users.db");
		assertThat(parse("sqlite:///var/lib/pierre/users.db?mode=rwc").jdbcUrl())
			.isEqualTo("jdbc:sqlite:/var/lib/pierre/users.db");
		assertThat(parse("sqlite::memory:").jdbcUrl()).isEqualTo("jdbc:sqlite::memory:");
	}

	@Test
	void postgresUriBecomesJdbcUrlWithCredentialsMovedOut() {
		DatabaseUrl url = parse("postgres://pierre:s3cr%40t@db.example:5433/pierre?sslmode=require&connectTimeout=5");
		assertThat(url.kind()).isEqualTo(DatabaseKind.POSTGRESQL);
		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/pierre?sslmode=require&connectTimeout=5");
		assertThat(url.username()).isEqualTo("pierre");
		assertThat(url.password()).isEqualTo("s3cr@t");
	}

	@Test
	void postgresqlSchemeWithoutPortOrCredentials() {
		DatabaseUrl url = parse("postgresql://localhost/pierre");
		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/pierre");
		assertThat(url.username()).isNull();
		assertThat(url.password()).isNull();
	}

	@Test
	void passwordInAJdbcUrlIsMovedOutOfTheUrl() {
		DatabaseUrl url = parse("jdbc:postgresql://localhost:5432/pierre?user=app&password=hunter2&sslmode=disable");
		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/pierre?sslmode=disable");
		assertThat(url.username()).isEqualTo("app");
		assertThat(url.password()).isEqualTo("hunter2");
		assertThat(url.toString()).doesNotContain("hunter2");
	}

	@Test
	void credentialsBeforeTheHostOfAJdbcUrlAreMovedOut() {
		DatabaseUrl url = parse("jdbc:postgresql://app:hunter%402@localhost:5432/pierre?ssl=true");
		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/pierre?ssl=true");
		assertThat(url.username()).isEqualTo("app");
		assertThat(url.password()).isEqualTo("hunter@2");
	}

	@Test
	void aUrlThatReadsMoreWaysThanOneIsRefusedWithItsPasswordMasked() {
		// An unencoded '/' or '#' in the password would make it part of the path or a fragment.
		for (String url : List.of("postgres://app:5/x@y@db/pierre", "postgres://app:a#b@db/pierre",
				"postgres://app:?x@db/pierre")) {
			assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> parse(url))
				.withMessageStartingWith("pierre.database.url 'postgres://app:****@db/pierre' is not a valid database URL");
		}
	}

	@Test
	void credentialsGivenSeparatelyWin() {
		DatabaseUrl url = DatabaseUrl.parse("pierre.database.url", "postgres://a:b@localhost/pierre", "c", "d");
		assertThat(url.username()).isEqualTo("c");
		assertThat(url.password()).isEqualTo("d");
	}

	@Test
	void malformedUrlIsRefusedWithThePasswordMasked() {
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> parse("postgres://pierre:topsecret@bad host:5432/pierre"))
			.withMessageStartingWith("pierre.database.url 'postgres://pierre:****@bad host:5432/pierre' is not a valid database URL")
			.withMessageNotContaining("topsecret");
		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> parse("postgres:///pierre"))
			.withMessageContaining("names no host");
	}

	@Test
	void otherDatabasesAreRefusedNamingTheProperty() {
		assertThatExceptionOfType(UnsupportedDatabaseException.class)
			.isThrownBy(() -> parse("mysql://root:topsecret@localhost/pierre"))
			.withMessage("The Pierre schema supports SQLite and PostgreSQL, but pierre.database.url names another "
					+ "database: mysql://root:****@localhost/pierre");
	}

	private static DatabaseUrl parse(String url) {
		return DatabaseUrl.parse("pierre.database.url", url, null, null);
	}

}
