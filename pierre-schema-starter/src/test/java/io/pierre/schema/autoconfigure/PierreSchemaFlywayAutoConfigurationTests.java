package io.pierre.schema.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import io.pierre.schema.flyway.ApplicationFlywayBaseline;
import io.pierre.schema.jdbc.PierreSchemaDataSource;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot's own Flyway beside the starter, in the database that holds the Pierre schema:
 * the application starts with no setting of its own, with or without migrations of its own, and
 * those run after the Pierre schema.
 */
class PierreSchemaFlywayAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				PierreDataSourceAutoConfiguration.class, PierreSchemaAutoConfiguration.class,
				PierreSchemaFlywayAutoConfiguration.class, FlywayAutoConfiguration.class,
				JdbcTemplateAutoConfiguration.class));

	@TempDir
	Path dir;

	@Test
	void sqliteWithApplicationMigrations() {
		this.runner.withPropertyValues(sqliteUrl(), "spring.flyway.locations=classpath:db/app")
			.run(this::applicationMigrationRanAfterThePierreSchema);
	}

	@Test
	void sqliteWithoutApplicationMigrations() {
		this.runner.withPropertyValues(sqliteUrl(), "spring.flyway.locations=classpath:db/none")
			.run(this::startedWithABaselineOnly);
	}

	@Test
	void sqliteApplicationDataSourceWithTheSchemaInIt() {
		this.runner
			.withPropertyValues("spring.datasource.url=jdbc:sqlite:" + this.dir.resolve("users.db"),
					"spring.flyway.locations=classpath:db/app")
			.run(this::applicationMigrationRanAfterThePierreSchema);
	}

	@Test
	void postgresqlWithApplicationMigrations() {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			this.runner.withPropertyValues(postgresql(database))
				.withPropertyValues("spring.flyway.locations=classpath:db/app")
				.run(this::applicationMigrationRanAfterThePierreSchema);
		}
	}

	@Test
	void postgresqlWithoutApplicationMigrations() {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			this.runner.withPropertyValues(postgresql(database))
				.withPropertyValues("spring.flyway.locations=classpath:db/none")
				.run(this::startedWithABaselineOnly);
		}
	}

	@Test
	void aBaselineVersionOfTheUsersWins() {
		this.runner
			.withPropertyValues(sqliteUrl(), "spring.flyway.locations=classpath:db/none",
					"spring.flyway.baseline-version=7")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(flywayHistory(context)).containsExactly("7/BASELINE");
			});
	}

	@Test
	void baselineOnMigrateTurnedOffByTheUserFailsWithWhatToDo() {
		this.runner
			.withPropertyValues(sqliteUrl(), "spring.flyway.locations=classpath:db/app",
					"spring.flyway.baseline-on-migrate=false")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new ApplicationFlywayFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("Found non-empty schema");
				assertThat(analysis.getAction()).contains("spring.flyway.baseline-on-migrate=true")
					.contains("spring.flyway.baseline-version=0");
			});
	}

	@Test
	void flywayOfAnotherDatabaseIsLeftAsBootMadeIt() {
		// The application's database holds a table of its own and no Flyway history; the Pierre
		// schema is elsewhere. Flyway refuses it as it would without the starter.
		Path application = this.dir.resolve("application.db");
		TestSqlite.execute(application, "CREATE TABLE legacy (id INTEGER PRIMARY KEY)");
		this.runner
			.withPropertyValues("spring.datasource.url=jdbc:sqlite:" + application, sqliteUrl(),
					"spring.flyway.locations=classpath:db/none")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(new ApplicationFlywayFailureAnalyzer().analyze(context.getStartupFailure())).isNotNull();
			});
	}

	@Test
	void noCustomizerWhereBootsFlywayIsOff() {
		this.runner.withPropertyValues(sqliteUrl(), "spring.flyway.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(FlywayConfigurationCustomizer.class));
	}

	@Test
	void sqliteTwoPoolsOnOneFileAreOneDatabase() throws IOException {
		// The starter's pool and the application's reach one file by two paths: a link and the file.
		Path link = Files.createSymbolicLink(this.dir.resolve("link"), this.dir);
		this.runner
			.withPropertyValues(sqliteUrl(),
					"spring.datasource.url=jdbc:sqlite:" + link.resolve(".").resolve("users.db") + "?foreign_keys=true",
					"spring.flyway.locations=classpath:db/app")
			.run(this::applicationMigrationRanAfterThePierreSchema);
	}

	@Test
	void postgresqlTwoPoolsOnOneDatabaseAreOneDatabase() {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			this.runner
				.withPropertyValues("pierre.database.url=" + database.url(),
						"pierre.database.username=" + database.username(),
						"pierre.database.password=" + database.password(),
						"spring.datasource.url=" + database.url() + "?ApplicationName=service",
						"spring.datasource.username=" + database.username(),
						"spring.datasource.password=" + database.password(),
						"spring.flyway.locations=classpath:db/app")
				.run(this::applicationMigrationRanAfterThePierreSchema);
		}
	}

	@Test
	void aPierreDataSourceThatWrapsAnotherPoolOnTheFileIsOneDatabase() {
		Path file = this.dir.resolve("users.db");
		this.runner.withUserConfiguration(WrappedPierreDataSource.class)
			.withPropertyValues("spring.datasource.url=jdbc:sqlite:" + file, "wrapped.url=jdbc:sqlite:" + file,
					"spring.flyway.locations=classpath:db/app")
			.run(this::applicationMigrationRanAfterThePierreSchema);
	}

	@Test
	void aCustomizerOfTheUsersWinsOverTheStarters() {
		this.runner.withUserConfiguration(UserBaselineCustomizer.class)
			.withPropertyValues(sqliteUrl(), "spring.flyway.locations=classpath:db/none")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(flywayHistory(context)).containsExactly("3/BASELINE");
			});
	}

	@Test
	void withTheStarterOffBootsFlywayIsLeftAsBootMadeIt() {
		// A database with a table and no Flyway history: Boot's Flyway refuses it, as it would
		// without the starter, and nothing of the Pierre schema is made.
		Path application = this.dir.resolve("users.db");
		TestSqlite.execute(application, "CREATE TABLE legacy (id INTEGER PRIMARY KEY)");
		this.runner
			.withPropertyValues(sqliteUrl(), "pierre.database.enabled=false", "spring.flyway.locations=classpath:db/none")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("no schema history table");
			});
		assertThat(TestSqlite.queryForString(application,
				"SELECT group_concat(name) FROM sqlite_master WHERE type = 'table'"))
			.isEqualTo("legacy");
	}

	@Test
	void withTheStarterOffThePierreDatabaseUrlIsStillTheDataSource() {
		this.runner.withPropertyValues(sqliteUrl(), "pierre.database.enabled=false", "spring.flyway.enabled=false")
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(DataSource.class)
					.doesNotHaveBean(PierreSchemaDataSource.class)
					.doesNotHaveBean(ApplicationFlywayBaseline.class);
				assertThat(context.getBean(JdbcTemplate.class)
					.queryForObject("SELECT count(*) FROM sqlite_master", Integer.class)).isZero();
			});
	}

	private void applicationMigrationRanAfterThePierreSchema(AssertableApplicationContext context) {
		assertThat(context).hasNotFailed();
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		// V1 updates a row that the Pierre schema's version 13 seeds: it ran after it.
		assertThat(jdbc.queryForObject("SELECT value FROM system_settings WHERE key = 'auto_approval_enabled'",
				String.class))
			.isEqualTo("true");
		assertThat(flywayHistory(context)).containsExactly("0/BASELINE", "1/SQL");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM pierre_schema_history WHERE success", Integer.class))
			.isEqualTo(Migrations.versions().size());
	}

	private void startedWithABaselineOnly(AssertableApplicationContext context) {
		assertThat(context).hasNotFailed();
		assertThat(flywayHistory(context)).containsExactly("0/BASELINE");
	}

	private static List<String> flywayHistory(AssertableApplicationContext context) {
		return context.getBean(JdbcTemplate.class)
			.queryForList("SELECT version || '/' || type FROM flyway_schema_history ORDER BY installed_rank",
					String.class);
	}

	private String sqliteUrl() {
		return "pierre.database.url=jdbc:sqlite:" + this.dir.resolve("users.db");
	}

	private static String[] postgresql(PostgresDatabase database) {
		return new String[] { "spring.datasource.url=" + database.url(),
				"spring.datasource.username=" + database.username(),
				"spring.datasource.password=" + database.password() };
	}

	@Configuration(proxyBeanMethods = false)
	static class WrappedPierreDataSource {

		@Bean
		@PierreDataSource
		DataSource pierreDataSource(Environment environment) {
			return new DelegatingDataSource(TestSqlite.dataSource(Path.of(environment
				.getRequiredProperty("wrapped.url")
				.substring("jdbc:sqlite:".length()))));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserBaselineCustomizer {

		@Bean
		FlywayConfigurationCustomizer usersBaseline() {
			return (configuration) -> configuration.baselineVersion("3");
		}

	}

}
