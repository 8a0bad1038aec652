package io.pierre.schema.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.jdbc.PierreSchemaDataSource;
import io.pierre.schema.migration.MigrationReport;
import io.pierre.schema.testsupport.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PierreSchemaAutoConfiguration} and {@link PierreDataSourceAutoConfiguration} on
 * SQLite files.
 */
class PierreSchemaAutoConfigurationTests {

	private static final String NEWEST = Migrations.newestVersion();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				PierreDataSourceAutoConfiguration.class, PierreSchemaAutoConfiguration.class,
				JdbcTemplateAutoConfiguration.class))
		.withPropertyValues("spring.flyway.enabled=false");

	@TempDir
	Path dir;

	@Test
	void pierreUrlAloneBecomesTheApplicationDataSourceAndIsMigrated() {
		Path file = this.dir.resolve("users.db");
		this.runner.withPropertyValues("pierre.database.url=jdbc:sqlite:" + file).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(DataSource.class);
			assertThat(context.getBean(DataSource.class)).isInstanceOf(HikariDataSource.class);
			assertThat(context.getBean(PierreSchemaDataSource.class).getDataSource())
				.isSameAs(context.getBean(DataSource.class));
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(appliedVersions(jdbc)).hasSize(Migrations.versions().size()).last().isEqualTo(NEWEST);
			assertThat(tables(jdbc)).hasSize(Migrations.newestSchema().tables().size() + 1);
			MigrationReport report = context.getBean(PierreSchemaInitializer.class).getReport().orElseThrow();
			assertThat(report.applied()).isEqualTo(Migrations.versions().size());
			assertThat(report.summary()).startsWith("Pierre schema: applied " + Migrations.versions().size() + " migrations in ")
				.contains("now at " + NEWEST + " (SQLite ");
		});
	}

	@Test
	void secondStartAgainstAnUpToDateDatabaseAppliesNothing() {
		String url = "pierre.database.url=jdbc:sqlite:" + this.dir.resolve("users.db");
		this.runner.withPropertyValues(url).run((context) -> assertThat(context).hasNotFailed());
		List<Map<String, Object>> historyBefore = history(url);
		this.runner.withPropertyValues(url).run((context) -> {
			assertThat(context).hasNotFailed();
			MigrationReport report = context.getBean(PierreSchemaInitializer.class).getReport().orElseThrow();
			assertThat(report.applied()).isZero();
			assertThat(report.summary()).isEqualTo("Pierre schema: up to date at " + NEWEST + " (SQLite "
					+ report.status().databaseVersion() + ")");
		});
		assertThat(history(url)).isEqualTo(historyBefore);
	}

	@Test
	void starterMadeSqliteConnectionsHaveForeignKeysBusyTimeoutAndWal() {
		Path file = this.dir.resolve("nested/folder/users.db");
		this.runner.withPropertyValues("pierre.database.url=jdbc:sqlite:" + file,
				"pierre.database.sqlite.busy-timeout=7s")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(file).exists();
				HikariDataSource dataSource = context.getBean(HikariDataSource.class);
				// Every connection of the pool, not only the first one.
				dataSource.setMinimumIdle(3);
				for (int i = 0; i < 3; i++) {
					JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(dataSource.getConnection(), false));
					assertThat(jdbc.queryForObject("PRAGMA foreign_keys", Integer.class)).isEqualTo(1);
					assertThat(jdbc.queryForObject("PRAGMA busy_timeout", Integer.class)).isEqualTo(7000);
					assertThat(jdbc.queryForObject("PRAGMA journal_mode", String.class)).isEqualToIgnoringCase("wal");
				}
			});
	}

	@Test
	void targetStopsAtThatVersionAndALaterStartGoesOn() {
		String url = "pierre.database.url=jdbc:sqlite:" + this.dir.resolve("users.db");
		this.runner.withPropertyValues(url, "pierre.database.target=20250120000013").run((context) -> {
			assertThat(context).hasNotFailed();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(appliedVersions(jdbc)).hasSize(13).last().isEqualTo("20250120000013");
			assertThat(tables(jdbc)).contains("system_settings").doesNotContain("chat_conversations");
		});
		this.runner.withPropertyValues(url).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(appliedVersions(context.getBean(JdbcTemplate.class))).hasSize(Migrations.versions().size()).last().isEqualTo(NEWEST);
		});
	}

	@Test
	void validateFailsStartupWhenVersionsArePendingAndChangesNothing() throws Exception {
		// An empty file is a new database; one that does not exist is refused (ValidateModeStartTests).
		Path file = Files.createFile(this.dir.resolve("users.db"));
		String url = "pierre.database.url=jdbc:sqlite:" + file;
		this.runner.withPropertyValues(url, "pierre.database.mode=validate").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("Pierre schema validation failed: " + Migrations.versions().size() + " pending (20250120000001, ");
		});
		assertThat(file).isEmptyFile();
		assertThat(tables("jdbc:sqlite:" + file)).isEmpty();
	}

	@Test
	void validateFailsOnAVersionAppliedUpToATargetOnly() {
		String url = "pierre.database.url=jdbc:sqlite:" + this.dir.resolve("users.db");
		this.runner.withPropertyValues(url, "pierre.database.target=20250120000019")
			.run((context) -> assertThat(context).hasNotFailed());
		this.runner.withPropertyValues(url, "pierre.database.mode=validate").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining(pendingAfter("20250120000019"));
		});
	}

	@Test
	void validatePassesOnAnUpToDateDatabase() {
		String url = "pierre.database.url=jdbc:sqlite:" + this.dir.resolve("users.db");
		this.runner.withPropertyValues(url).run((context) -> assertThat(context).hasNotFailed());
		this.runner.withPropertyValues(url, "pierre.database.mode=validate").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(PierreSchemaInitializer.class).getReport()).isEmpty();
		});
	}

	@Test
	void validateFailsWhenAnAppliedScriptWasModified() {
		String sqliteUrl = "jdbc:sqlite:" + this.dir.resolve("users.db");
		this.runner.withPropertyValues("pierre.database.url=" + sqliteUrl)
			.run((context) -> assertThat(context).hasNotFailed());
		new JdbcTemplate(new SingleConnectionDataSource(sqliteUrl, true))
			.update("UPDATE pierre_schema_history SET checksum = checksum + 1 WHERE version = '20250120000007'");
		this.runner.withPropertyValues("pierre.database.url=" + sqliteUrl, "pierre.database.mode=validate")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("1 modified (20250120000007)"));
	}

	@Test
	void modeNoneLeavesTheDatabaseAlone() {
		Path file = this.dir.resolve("users.db");
		this.runner.withPropertyValues("pierre.database.url=jdbc:sqlite:" + file, "pierre.database.mode=none")
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(PierreSchemaInitializer.class);
				assertThat(tables(context.getBean(JdbcTemplate.class))).isEmpty();
			});
	}

	@Test
	void disabledStarterRegistersNoSchemaBeansButKeepsTheDataSource() {
		this.runner
			.withPropertyValues("pierre.database.url=jdbc:sqlite:" + this.dir.resolve("users.db"),
					"pierre.database.enabled=false")
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(DataSource.class);
				assertThat(context).doesNotHaveBean(PierreSchemaInitializer.class);
				assertThat(tables(context.getBean(JdbcTemplate.class))).isEmpty();
			});
	}

	@Test
	void applicationDataSourceIsMigratedWhenNoPierreUrlIsSet() {
		Path file = this.dir.resolve("app.db");
		this.runner.withPropertyValues("spring.datasource.url=jdbc:sqlite:" + file).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(PierreSchemaDataSource.class).getDataSource())
				.isSameAs(context.getBean(DataSource.class));
			assertThat(appliedVersions(context.getBean(JdbcTemplate.class))).hasSize(Migrations.versions().size());
		});
	}

	@Test
	void pierreUrlBesideAnApplicationDataSourceGetsTheSchemaAlone() {
		Path appFile = this.dir.resolve("app.db");
		Path pierreFile = this.dir.resolve("pierre.db");
		this.runner
			.withPropertyValues("spring.datasource.url=jdbc:sqlite:" + appFile,
					"pierre.database.url=jdbc:sqlite:" + pierreFile)
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(DataSource.class);
				DataSource schemaOnly = context.getBean(PierreSchemaDataSource.class).getDataSource();
				assertThat(schemaOnly).isNotSameAs(context.getBean(DataSource.class));
				assertThat(tables(context.getBean(JdbcTemplate.class))).isEmpty();
				HikariDataSource pool = (HikariDataSource) schemaOnly;
				assertThat(pool.getMaximumPoolSize()).as("connections at most").isEqualTo(2);
				assertThat(pool.getMinimumIdle()).as("connections kept while idle").isZero();
			});
		assertThat(tables("jdbc:sqlite:" + pierreFile)).contains("users", "pierre_schema_history");
	}

	@Test
	void userDataSourceBeanIsKeptAndMigrated() {
		String url = "jdbc:sqlite:" + this.dir.resolve("own.db");
		this.runner.withBean("myDataSource", DataSource.class, () -> new SingleConnectionDataSource(url, true))
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(DataSource.class).hasBean("myDataSource");
				assertThat(tables(context.getBean(JdbcTemplate.class))).contains("users");
			});
	}

	@Test
	void beansUsingJdbcTemplateWaitForTheSchema() {
		this.runner.withUserConfiguration(UsersCounterConfiguration.class)
			.withPropertyValues("pierre.database.url=jdbc:sqlite:" + this.dir.resolve("users.db"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(UsersCounter.class).countAtStartup).isZero();
			});
	}

	@Test
	void applicationsOwnFlywayRunsAfterThePierreSchema() {
		this.runner.withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
			.withPropertyValues("pierre.database.url=jdbc:sqlite:" + this.dir.resolve("users.db"),
					"spring.flyway.enabled=true", "spring.flyway.locations=classpath:db/app",
					"spring.flyway.baseline-on-migrate=true", "spring.flyway.baseline-version=0")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
				assertThat(jdbc.queryForObject("SELECT value FROM system_settings WHERE key = 'auto_approval_enabled'",
						String.class))
					.isEqualTo("true");
				assertThat(tables(jdbc)).contains("flyway_schema_history", "pierre_schema_history");
			});
	}

	@Test
	void unsupportedDatabaseFailsStartupNamingWhatWasFound() {
		this.runner.withPropertyValues("spring.datasource.url=jdbc:h2:mem:unsupported").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("supports SQLite and PostgreSQL")
				.hasMessageContaining("H2");
		});
	}

	@Test
	void unsupportedPierreUrlFailsStartupNamingTheProperty() {
		this.runner.withPropertyValues("pierre.database.url=jdbc:mysql://localhost/pierre?password=secret")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("pierre.database.url")
					.hasMessageContaining("supports SQLite and PostgreSQL")
					.hasMessageNotContaining("secret");
			});
	}

	@Test
	void historyTableThatIsNotAnIdentifierIsRefusedBeforeAnySql() {
		Path file = this.dir.resolve("users.db");
		this.runner
			.withPropertyValues("pierre.database.url=jdbc:sqlite:" + file,
					"pierre.database.history-table=history; DROP TABLE users")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("pierre.database.history-table 'history; DROP TABLE users'")
					.hasMessageContaining("plain SQL identifier");
			});
		assertThat(tables("jdbc:sqlite:" + file)).isEmpty();
	}

	@Test
	void schemaThatIsNotAnIdentifierIsRefused() {
		this.runner
			.withPropertyValues("pierre.database.url=jdbc:sqlite:" + this.dir.resolve("users.db"),
					"pierre.database.schema=public\"; --")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("pierre.database.schema"));
	}

	@Test
	void schemaIsRefusedOnSqlite() {
		Path file = this.dir.resolve("users.db");
		this.runner.withPropertyValues("pierre.database.url=jdbc:sqlite:" + file, "pierre.database.schema=pierre")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("pierre.database.schema 'pierre' applies to PostgreSQL only"));
		assertThat(tables("jdbc:sqlite:" + file)).isEmpty();
	}

	@Test
	void unknownTargetIsRefused() {
		Path file = this.dir.resolve("users.db");
		this.runner.withPropertyValues("pierre.database.url=jdbc:sqlite:" + file, "pierre.database.target=20250120000016")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining(
						"pierre.database.target '20250120000016' is not a version of the Pierre schema (20250120000001 to "
								+ NEWEST + ")"));
		assertThat(tables("jdbc:sqlite:" + file)).isEmpty();
	}

	private static List<String> appliedVersions(JdbcTemplate jdbc) {
		return jdbc.queryForList(
				"SELECT version FROM pierre_schema_history WHERE success = 1 AND type = 'SQL' ORDER BY installed_rank",
				String.class);
	}

	private static List<String> tables(JdbcTemplate jdbc) {
		return jdbc.queryForList("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", String.class);
	}

	private List<String> tables(String jdbcUrl) {
		if (!Files.exists(Path.of(jdbcUrl.substring("jdbc:sqlite:".length())))) {
			return List.of();
		}
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(jdbcUrl, true);
		try {
			return tables(new JdbcTemplate(dataSource));
		}
		finally {
			dataSource.destroy();
		}
	}

	private List<Map<String, Object>> history(String property) {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(property.substring(property.indexOf('=') + 1),
				true);
		try {
			return new JdbcTemplate(dataSource).queryForList("SELECT * FROM pierre_schema_history ORDER BY installed_rank");
		}
		finally {
			dataSource.destroy();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class UsersCounterConfiguration {

		@Bean
		UsersCounter usersCounter(JdbcTemplate jdbc) {
			return new UsersCounter(jdbc);
		}

	}

	static class UsersCounter {

		final int countAtStartup;

		UsersCounter(JdbcTemplate jdbc) {
			this.countAtStartup = jdbc.queryForObject("SELECT count(*) FROM users", Integer.class);
		}

	}

	/** How a validation names the versions after one, e.g. {@code 2 pending (20250120000020, 20250120000021)}. */
	static String pendingAfter(String version) {
		List<String> versions = Migrations.versions();
		List<String> pending = versions.subList(versions.indexOf(version) + 1, versions.size());
		return pending.size() + " pending (" + String.join(", ", pending) + ")";
	}

}
