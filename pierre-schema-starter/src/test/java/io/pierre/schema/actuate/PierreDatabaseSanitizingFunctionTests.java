package io.pierre.schema.actuate;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.Sanitizer;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PierreDatabaseSanitizingFunction} masks the Pierre database's secrets as Boot's
 * {@link Sanitizer} applies it, also where values are shown ({@code show-values=always}).
 */
class PierreDatabaseSanitizingFunctionTests {

	private final Sanitizer sanitizer = new Sanitizer(List.<SanitizingFunction>of(new PierreDatabaseSanitizingFunction()));

	@Test
	void passwordInAPostgresUrlIsMaskedTheRestShown() {
		assertThat(sanitize("pierre.database.url", "postgres://bob:s3cret@db.internal:5432/pierre?sslmode=require"))
			.isEqualTo("postgres://bob:****@db.internal:5432/pierre?sslmode=require");
	}

	@Test
	void passwordParameterOfAJdbcUrlIsMasked() {
		assertThat(sanitize("pierre.database.url", "jdbc:postgresql://db/pierre?user=bob&password=s3cret&ssl=true"))
			.isEqualTo("jdbc:postgresql://db/pierre?user=bob&password=****&ssl=true");
	}

	@Test
	void environmentVariablesOfTheUrlAreMasked() {
		assertThat(sanitize("PIERRE_DATABASE_URL", "postgres://bob:s3cret@db/pierre")).isEqualTo("postgres://bob:****@db/pierre");
		assertThat(sanitize("DATABASE_URL", "postgres://bob:s3cret@db/pierre")).isEqualTo("postgres://bob:****@db/pierre");
	}

	@Test
	void passwordIsMaskedWhole() {
		assertThat(sanitize("pierre.database.password", "s3cret")).isEqualTo(SanitizableData.SANITIZED_VALUE);
		assertThat(sanitize("PIERRE_DATABASE_PASSWORD", "s3cret")).isEqualTo(SanitizableData.SANITIZED_VALUE);
		// configprops: the pool that pierre.database.url makes the application's, bound as Boot's.
		assertThat(sanitize("spring.datasource.hikari.password", "s3cret")).isEqualTo(SanitizableData.SANITIZED_VALUE);
	}

	@Test
	void commandLineShowsEachArgumentAsItsPropertyIsShown() {
		assertThat(sanitize("sun.java.command",
				"app.jar migrate --pierre.database.url=postgres://bob:s3cret@db/pierre --pierre.database.password=pa ss "
						+ "--server.port=8080"))
			.isEqualTo("app.jar migrate --pierre.database.url=postgres://bob:****@db/pierre "
					+ "--pierre.database.password=****** --server.port=8080");
	}

	@Test
	void applicationJsonHasItsPasswordsMaskedAndKeepsItsLayout() {
		String json = "{\"pierre\": {\"database\": {\"url\": \"postgres://bob:s3cret@db/pierre\", "
				+ "\"password\": \"s3\\\"cret\", \"mode\": \"validate\"}}}";
		String shown = "{\"pierre\": {\"database\": {\"url\": \"postgres://bob:****@db/pierre\", "
				+ "\"password\": \"******\", \"mode\": \"validate\"}}}";
		assertThat(sanitize("spring.application.json", json)).isEqualTo(shown);
		assertThat(sanitize("SPRING_APPLICATION_JSON", json)).isEqualTo(shown);
		assertThat(sanitize("spring.application.json", "{\"password\": \"unterminated"))
			.isEqualTo(SanitizableData.SANITIZED_VALUE);
	}

	@Test
	void otherPropertiesAreLeftAlone() {
		assertThat(sanitize("pierre.database.username", "bob")).isEqualTo("bob");
		assertThat(sanitize("pierre.database.url", "jdbc:sqlite:./data/users.db")).isEqualTo("jdbc:sqlite:./data/users.db");
	}

	private Object sanitize(String key, String value) {
		MapPropertySource source = new MapPropertySource("test", Map.of(key, value));
		return this.sanitizer.sanitize(new SanitizableData(source, key, value), true);
	}

}
