package io.pierre.schema.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.pierre.schema.migration.MigrationReport;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backups of SQLite files before migrations, through the auto-configuration.
 */
@ExtendWith(OutputCaptureExtension.class)
class PierreSchemaBackupTests {

	private static final String BACKUP_NAME = "users\\.backup-(\\d{14}|0)-\\d{8}T\\d{6}\\.\\d{3}Z\\.db";

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(DataSourceAutoConfiguration.class, PierreDataSourceAutoConfiguration.class,
					PierreSchemaAutoConfiguration.class));

	@TempDir
	Path dir;

	@Test
	void databaseWithTablesIsCopiedBesideItselfBeforePendingVersionsAreApplied(CapturedOutput output) {
		Path file = this.dir.resolve("users.db");
		migrate(file, "pierre.database.target=20250120000013");
		TestSqlite.execute(file, "INSERT INTO system_settings (key, value, created_at, updated_at) "
				+ "VALUES ('operator_note', 'kept', 'now', 'now')");
		this.runner.withPropertyValues(url(file)).run((context) -> {
			assertThat(context).hasNotFailed();
			MigrationReport report = context.getBean(PierreSchemaInitializer.class).getReport().orElseThrow();
			Path backup = report.backupFile().orElseThrow();
			assertThat(backups()).containsExactly(backup);
			assertThat(backup.getFileName().toString()).matches(BACKUP_NAME)
				.startsWith("users.backup-20250120000013-");
			assertThat(report.summary()).endsWith("the database as it was before is backed up at " + backup);
			assertThat(output).contains("Pierre schema: backed up " + file + " at version 20250120000013 to " + backup);
			// The copy is the database before the run: its history ends at 13, its rows are there.
			assertThat(newestVersion(backup)).isEqualTo("20250120000013");
			assertThat(TestSqlite.queryForString(backup, "SELECT value FROM system_settings WHERE key = 'operator_note'"))
				.isEqualTo("kept");
			assertThat(newestVersion(file)).isEqualTo(Migrations.newestVersion());
		});
	}

	@Test
	void onlyTheNewestBackupsAreKept() {
		Path file = this.dir.resolve("users.db");
		migrate(file, "pierre.database.target=20250120000010");
		for (String target : List.of("20250120000011", "20250120000012", "20250120000013", "20250120000014",
				"20250120000015")) {
			migrate(file, "pierre.database.target=" + target);
		}
		assertThat(backups()).extracting((backup) -> backup.getFileName().toString().substring(0, 27))
			.containsExactly("users.backup-20250120000014", "users.backup-20250120000013",
					"users.backup-20250120000012");
		migrate(file, "pierre.database.backup.keep=1");
		assertThat(backups()).singleElement()
			.satisfies((backup) -> assertThat(backup.getFileName().toString()).startsWith("users.backup-20250120000015-"));
	}

	@Test
	void freshEmptyDatabaseIsNotBackedUp() {
		Path file = this.dir.resolve("users.db");
		migrate(file);
		assertThat(backups()).isEmpty();
	}

	@Test
	void databaseWithOnlyTheApplicationsTablesIsBackedUpAsVersionZero() {
		Path file = this.dir.resolve("users.db");
		TestSqlite.execute(file, "CREATE TABLE orders (id INTEGER PRIMARY KEY)");
		migrate(file);
		assertThat(backups()).singleElement()
			.satisfies((backup) -> assertThat(backup.getFileName().toString()).startsWith("users.backup-0-"));
	}

	@Test
	void upToDateDatabaseIsNotBackedUp() {
		Path file = this.dir.resolve("users.db");
		migrate(file);
		migrate(file);
		assertThat(backups()).isEmpty();
	}

	@Test
	void noBackupWhenDisabled() {
		Path file = this.dir.resolve("users.db");
		migrate(file, "pierre.database.target=20250120000013");
		migrate(file, "pierre.database.backup.enabled=false");
		assertThat(newestVersion(file)).isEqualTo(Migrations.newestVersion());
		assertThat(backups()).isEmpty();
	}

	@Test
	void keepingNoBackupIsRefusedNamingTheProperty() {
		Path file = this.dir.resolve("users.db");
		this.runner.withPropertyValues(url(file), "pierre.database.backup.keep=0")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessage("pierre.database.backup.keep '0' must be at least 1; "
						+ "set pierre.database.backup.enabled=false to make no backups"));
		assertThat(file).doesNotExist();
	}

	@Test
	void failedMigrationSaysWhereTheBackupIs(CapturedOutput output) {
		Path file = this.dir.resolve("users.db");
		migrate(file, "pierre.database.target=20250120000015");
		// Version 17 creates this table: the migration fails there.
		TestSqlite.execute(file, "CREATE TABLE chat_conversations (id TEXT PRIMARY KEY)");
		this.runner.withPropertyValues(url(file)).run((context) -> {
			assertThat(context).hasFailed();
			Path backup = backups().get(0);
			assertThat(backups()).hasSize(1);
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("chat_conversations");
			assertThat(context.getStartupFailure()).hasStackTraceContaining(
					"The database as it was before this run is backed up at " + backup);
			assertThat(output).contains("the migration failed; the database as it was before is backed up at " + backup);
			assertThat(newestVersion(backup)).isEqualTo("20250120000015");
		});
		// Version 17's transaction was rolled back: the database is where it was.
		assertThat(newestVersion(file)).isEqualTo("20250120000015");
	}

	private void migrate(Path file, String... properties) {
		this.runner.withPropertyValues(url(file)).withPropertyValues(properties).run((context) -> {
			assertThat(context).hasNotFailed();
		});
	}

	/** The backups in the folder, newest first. */
	private List<Path> backups() {
		try (Stream<Path> files = Files.list(this.dir)) {
			return files.filter((file) -> file.getFileName().toString().matches(BACKUP_NAME))
				.sorted(Comparator.comparing(PierreSchemaBackupTests::timestamp).reversed())
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String timestamp(Path backup) {
		String name = backup.getFileName().toString();
		return name.substring(name.lastIndexOf('-') + 1);
	}

	private static String newestVersion(Path file) {
		return TestSqlite.queryForString(file,
				"SELECT version FROM pierre_schema_history WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1");
	}

	private static String url(Path file) {
		return "pierre.database.url=jdbc:sqlite:" + file;
	}

}
