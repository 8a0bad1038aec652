package io.pierre.sample;

import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code path of {@link TestSampleApplication} and of Docker Compose support, without Docker:
 * a {@link JdbcConnectionDetails} bean, as {@code @ServiceConnection} registers one, names the
 * local test PostgreSQL, and the schema lands there.
 */
class ServiceConnectionTests {

	@Test
	void schemaGoesToTheServiceConnectionsDatabase() {
		try (PostgresDatabase database = TestPostgres.createDatabase();
				ConfigurableApplicationContext context = new SpringApplicationBuilder(PierreSampleApplication.class)
					.initializers((applicationContext) -> applicationContext.getBeanFactory()
						.registerSingleton("serviceConnection", connectionDetails(database)))
					.profiles("containers")
					.properties("server.port=0")
					.run()) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("SELECT current_database()", String.class)).isEqualTo(database.name());
			assertThat(jdbc.queryForObject("SELECT count(*) FROM pierre_schema_history WHERE success", Integer.class))
				.isEqualTo(Migrations.versions().size());
		}
	}

	private static JdbcConnectionDetails connectionDetails(PostgresDatabase database) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return database.username();
			}

			@Override
			public String getPassword() {
				return database.password();
			}

			@Override
			public String getJdbcUrl() {
				return database.url();
			}

		};
	}

}
