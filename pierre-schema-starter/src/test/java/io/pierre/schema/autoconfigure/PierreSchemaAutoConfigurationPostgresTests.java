package io.pierre.schema.autoconfigure;

import java.util.List;

import io.pierre.schema.migration.MigrationReport;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PierreSchemaAutoConfiguration} on a real PostgreSQL, each in a database of its
 * own.
 */
class PierreSchemaAutoConfigurationPostgresTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				PierreDataSourceAutoConfiguration.class, PierreSchemaAutoConfiguration.class,
				JdbcTemplateAutoConfiguration.class));

	/** A database of each test's own, dropped after it. */
	@AutoClose
	private final PostgresDatabase database = TestPostgres.createDatabase();

	@Test
	void migratesThenFindsNothingToDoOnTheSecondStart() {
		ApplicationContextRunner pierre = this.runner.withPropertyValues(connection());
		pierre.run((context) -> {
			assertThat(context).hasNotFailed();
			MigrationReport report = context.getBean(PierreSchemaInitializer.class).getReport().orElseThrow();
			assertThat(report.applied()).isEqualTo(Migrations.versions().size());
			assertThat(report.summary()).contains("now at " + Migrations.newestVersion() + " (PostgreSQL ");
			assertThat(tables(context.getBean(JdbcTemplate.class), "public")).hasSize(Migrations.newestSchema().tables().size() + 1);
		});
		pierre.run((context) -> {
			MigrationReport report = context.getBean(PierreSchemaInitializer.class).getReport().orElseThrow();
			assertThat(report.applied()).isZero();
			assertThat(report.summary()).startsWith("Pierre schema: up to date at " + Migrations.newestVersion() + " (PostgreSQL ");
		});
	}

	@Test
	void schemaPropertyCreatesAndFillsThatSchema() {
		ApplicationContextRunner pierre = this.runner.withPropertyValues(connection())
			.withPropertyValues("pierre.database.schema=pierre", "pierre.database.history-table=schema_versions");
		pierre.run((context) -> {
			assertThat(context).hasNotFailed();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(tables(jdbc, "pierre")).hasSize(Migrations.newestSchema().tables().size() + 1).contains("users", "schema_versions");
			assertThat(tables(jdbc, "public")).isEmpty();
		});
		pierre.run((context) -> assertThat(
				context.getBean(PierreSchemaInitializer.class).getReport().orElseThrow().applied())
			.isZero());
	}

	@Test
	void targetAndValidate() {
		this.runner.withPropertyValues(connection()).withPropertyValues("pierre.database.target=20250120000015")
			.run((context) -> assertThat(tables(context.getBean(JdbcTemplate.class), "public"))
				.contains("users", "system_settings")
				.doesNotContain("chat_messages"));
		this.runner.withPropertyValues(connection())
			.withPropertyValues("pierre.database.mode=validate")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining(PierreSchemaAutoConfigurationTests.pendingAfter("20250120000015")));
	}

	@Test
	void noBackupIsMadeOnPostgresql() {
		this.runner.withPropertyValues(connection())
			.withPropertyValues("pierre.database.target=20250120000013")
			.run((context) -> assertThat(context).hasNotFailed());
		this.runner.withPropertyValues(connection()).run((context) -> {
			MigrationReport report = context.getBean(PierreSchemaInitializer.class).getReport().orElseThrow();
			assertThat(report.applied()).isEqualTo(Migrations.versionsAfter("20250120000013"));
			assertThat(report.backupFile()).isEmpty();
			assertThat(report.summary()).doesNotContain("backed up");
		});
	}

	private String[] connection() {
		return new String[] { "pierre.database.url=" + this.database.url(),
				"pierre.database.username=" + this.database.username(),
				"pierre.database.password=" + this.database.password() };
	}

	private static List<String> tables(JdbcTemplate jdbc, String schema) {
		return jdbc.queryForList(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = ? ORDER BY table_name",
				String.class, schema);
	}

}
