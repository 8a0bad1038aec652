package io.pierre.schema.autoconfigure;

import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.jdbc.PierreSchemaDataSource;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema's DataSource the Boot way: a DataSource marked {@link PierreDataSource}, the
 * {@link PierreSchemaConnectionDetails} of a service connection, and Boot's pool settings on the
 * pool that {@code pierre.database.url} makes the application's.
 */
class PierreSchemaConnectionDetailsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				PierreDataSourceAutoConfiguration.class, PierreSchemaAutoConfiguration.class,
				JdbcTemplateAutoConfiguration.class));

	@TempDir
	Path dir;

	@Test
	void aDataSourceMarkedPierreDataSourceGetsTheSchema() {
		Path application = this.dir.resolve("application.db");
		Path pierre = this.dir.resolve("pierre.db");
		this.runner.withBean("applicationDataSource", DataSource.class, () -> TestSqlite.dataSource(application),
				(definition) -> definition.setPrimary(true))
			.withUserConfiguration(MarkedDataSource.class)
			.withPropertyValues("pierre.test.file=" + pierre)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(PierreSchemaDataSource.class).getDataSource())
					.isSameAs(context.getBean("pierreDataSource"));
				assertThat(historyRows(pierre)).isEqualTo(String.valueOf(Migrations.versions().size()));
				assertThat(TestSqlite.queryForString(application,
						"SELECT count(*) FROM sqlite_master WHERE name = 'pierre_schema_history'"))
					.isEqualTo("0");
			});
	}

	@Test
	void theMarkedDataSourceWinsOverPierreDatabaseUrl() {
		Path pierre = this.dir.resolve("pierre.db");
		this.runner.withUserConfiguration(MarkedDataSource.class)
			.withPropertyValues("pierre.test.file=" + pierre,
					"pierre.database.url=jdbc:sqlite:" + this.dir.resolve("elsewhere.db"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(historyRows(pierre)).isEqualTo(String.valueOf(Migrations.versions().size()));
			});
	}

	@Test
	void serviceConnectionDetailsGetTheSchemaInASmallPoolOfTheirOwn() {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			Path application = this.dir.resolve("application.db");
			this.runner.withPropertyValues("spring.datasource.url=jdbc:sqlite:" + application)
				.withBean(PierreSchemaConnectionDetails.class, () -> details(database))
				.run((context) -> {
					assertThat(context).hasNotFailed();
					DataSource schema = context.getBean(PierreSchemaDataSource.class).getDataSource();
					assertThat(schema).isNotSameAs(context.getBean(DataSource.class));
					assertThat(((HikariDataSource) schema).getMaximumPoolSize()).isEqualTo(3);
					assertThat(Migrations.history(database.dataSource())).hasSize(Migrations.versions().size());
				});
		}
	}

	@Test
	void serviceConnectionDetailsWinOverPierreDatabaseUrl() {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			Path ignored = this.dir.resolve("ignored.db");
			this.runner.withPropertyValues("pierre.database.url=jdbc:sqlite:" + ignored)
				.withBean(JdbcConnectionDetails.class, () -> jdbcDetails(database))
				.withBean(PierreSchemaConnectionDetails.class, () -> details(database))
				.run((context) -> {
					assertThat(context).hasNotFailed();
					assertThat(Migrations.history(database.dataSource())).hasSize(Migrations.versions().size());
					assertThat(ignored).doesNotExist();
				});
		}
	}

	@Test
	void bootsPoolSettingsReachThePoolThatPierreDatabaseUrlMakesTheApplications() {
		this.runner
			.withPropertyValues("pierre.database.url=jdbc:sqlite:" + this.dir.resolve("users.db"),
					"spring.datasource.hikari.maximum-pool-size=3", "spring.datasource.hikari.pool-name=app")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				HikariDataSource pool = context.getBean(HikariDataSource.class);
				assertThat(pool.getMaximumPoolSize()).isEqualTo(3);
				assertThat(pool.getPoolName()).isEqualTo("app");
				assertThat(pool.getDataSourceProperties()).containsEntry("foreign_keys", "true");
			});
	}

	@Test
	void theSchemaOnlyPoolStaysSmallWhateverBootsPoolSettings() {
		this.runner
			.withPropertyValues("spring.datasource.url=jdbc:sqlite:" + this.dir.resolve("application.db"),
					"pierre.database.url=jdbc:sqlite:" + this.dir.resolve("pierre.db"),
					"spring.datasource.hikari.maximum-pool-size=30")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(((HikariDataSource) context.getBean(DataSource.class)).getMaximumPoolSize()).isEqualTo(30);
				HikariDataSource schema = (HikariDataSource) context.getBean(PierreSchemaDataSource.class)
					.getDataSource();
				assertThat(schema.getMaximumPoolSize()).isEqualTo(3);
				assertThat(schema.getMinimumIdle()).isZero();
			});
	}

	@Test
	void dockerComposeJdbcDetailsAreAdaptedToTheSchemas() {
		JdbcConnectionDetails jdbc = jdbcDetails("jdbc:postgresql://db:5432/pierre", "pierre", "s3cret");
		Map<Class<?>, ConnectionDetails> adapted = new ConnectionDetailsFactories(getClass().getClassLoader())
			.getConnectionDetails(jdbc, true);
		assertThat(adapted).containsKey(PierreSchemaConnectionDetails.class);
		PierreSchemaConnectionDetails details = (PierreSchemaConnectionDetails) adapted
			.get(PierreSchemaConnectionDetails.class);
		assertThat(details.getJdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/pierre");
		assertThat(details.getUsername()).isEqualTo("pierre");
		assertThat(details.getPassword()).isEqualTo("s3cret");
	}

	@Test
	void containerFactoryIsRegisteredAsBootsAre() {
		// Factories of modules absent here (Docker Compose) fail to load and are left out, as Boot does.
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
			.load(ConnectionDetailsFactory.class, FailureHandler.handleMessage((message, failure) -> {
			})))
			.anySatisfy((factory) -> assertThat(factory).isInstanceOf(PierreSchemaContainerConnectionDetailsFactory.class))
			.anySatisfy((factory) -> assertThat(factory)
				.isInstanceOf(JdbcAdaptingPierreSchemaConnectionDetailsFactory.class));
	}

	private static String historyRows(Path file) {
		return TestSqlite.queryForString(file, "SELECT count(*) FROM pierre_schema_history WHERE success");
	}

	private static PierreSchemaConnectionDetails details(PostgresDatabase database) {
		return new PierreSchemaConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return database.url();
			}

			@Override
			public String getUsername() {
				return database.username();
			}

			@Override
			public String getPassword() {
				return database.password();
			}

		};
	}

	private static JdbcConnectionDetails jdbcDetails(PostgresDatabase database) {
		return jdbcDetails(database.url(), database.username(), database.password());
	}

	private static JdbcConnectionDetails jdbcDetails(String url, String username, String password) {
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return url;
			}

			@Override
			public String getUsername() {
				return username;
			}

			@Override
			public String getPassword() {
				return password;
			}

		};
	}

	@Configuration(proxyBeanMethods = false)
	static class MarkedDataSource {

		@Bean
		@PierreDataSource
		DataSource pierreDataSource(Environment environment) {
			return TestSqlite.dataSource(Path.of(environment.getRequiredProperty("pierre.test.file")));
		}

	}

}
