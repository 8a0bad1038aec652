package io.pierre.schema.migration;

import java.nio.file.Path;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.SchemaMigrationException;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.history.MigrationInfo;
import io.pierre.schema.history.MigrationState;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.jdbc.DatabaseUrl;
import io.pierre.schema.jdbc.PierreDataSourceFactory;
import io.pierre.schema.safety.BackupPolicy;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link PierreSchemaMigrator#repair()} on real databases.
 */
class PierreSchemaMigratorRepairTests {

	private static final String NEWEST = Migrations.newestVersion();

	/** The version that seeds the categories from display order 140 on. */
	private static final String CATEGORIES = "20250120000021";

	private final MigrationCatalog catalog = MigrationCatalog.load(getClass().getClassLoader());

	@TempDir
	Path dir;

	private HikariDataSource dataSource;

	@AfterEach
	void close() {
		if (this.dataSource != null) {
			this.dataSource.close();
		}
	}

	@Test
	void modifiedChecksumIsRealignedSoThatMigrateAndValidatePassAgain() {
		PierreSchemaMigrator migrator = sqlite(MigrationSettings.defaults());
		migrator.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.update("UPDATE pierre_schema_history SET checksum = checksum + 1 WHERE version = '20250120000007'");
		assertThatExceptionOfType(SchemaMigrationException.class).isThrownBy(migrator::migrate)
			.withMessageContaining("(20250120000007: checksum mismatch)");
		RepairReport report = migrator.repair();
		assertThat(report.realigned()).containsExactly(SchemaVersion.of("20250120000007"));
		assertThat(report.removed()).isEmpty();
		assertThat(report.summary())
			.startsWith("Pierre schema: repaired the history: recorded the embedded checksum of 20250120000007 (SQLite ");
		assertThat(jdbc.queryForObject("SELECT checksum FROM pierre_schema_history WHERE version = '20250120000007'",
				Integer.class))
			.isEqualTo(this.catalog.find(DatabaseKind.SQLITE, SchemaVersion.of("20250120000007")).orElseThrow().checksum());
		assertThat(migrator.validate().currentVersion()).contains(SchemaVersion.of(NEWEST));
		assertThat(migrator.migrate().applied()).isZero();
	}

	@Test
	void failedRecordIsRemovedSoThatTheVersionIsAppliedAgain() {
		// Version 21 seeds six categories: its failure and repair show in the categories.
		PierreSchemaMigrator migrator = sqlite(MigrationSettings.defaults().withTarget(SchemaVersion.of(CATEGORIES)));
		migrator.migrate();
		// As a version that failed half way on a database without transactional DDL leaves it,
		// once its remains have been undone by hand.
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.update("DELETE FROM admin_config_categories WHERE display_order >= 140");
		jdbc.update("UPDATE pierre_schema_history SET success = 0 WHERE version = ?", CATEGORIES);
		assertThat(migrator.status().inState(MigrationState.FAILED)).hasSize(1);
		RepairReport report = migrator.repair();
		assertThat(report.removed()).containsExactly(SchemaVersion.of(CATEGORIES));
		assertThat(report.summary()).startsWith("Pierre schema: repaired the history: removed the failed record of "
				+ CATEGORIES + " (SQLite ");
		assertThat(report.status().inState(MigrationState.PENDING)).extracting(MigrationInfo::version)
			.containsExactly(SchemaVersion.of(CATEGORIES));
		assertThat(migrator.migrate().applied()).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM admin_config_categories", Integer.class)).isEqualTo(19);
	}

	@Test
	void upToDateHistoryNeedsNoRepair() {
		PierreSchemaMigrator migrator = sqlite(MigrationSettings.defaults());
		migrator.migrate();
		RepairReport report = migrator.repair();
		assertThat(report.repairedAnything()).isFalse();
		assertThat(report.summary()).startsWith("Pierre schema: nothing to repair (SQLite ");
	}

	@Test
	void repairIsRefusedWhenTheHistoryHoldsVersionsThisStarterDoesNotKnow() {
		PierreSchemaMigrator migrator = sqlite(MigrationSettings.defaults());
		migrator.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.update("UPDATE pierre_schema_history SET checksum = checksum + 1 WHERE version = '20250120000007'");
		jdbc.update("INSERT INTO pierre_schema_history (installed_rank, version, description, type, script, checksum, "
				+ "installed_by, execution_time, success) VALUES (100, '29990301000001', 'newer', 'SQL', "
				+ "'V29990301000001__newer.sql', 1, 'test', 1, 1)");
		assertThatExceptionOfType(SchemaMigrationException.class).isThrownBy(migrator::repair)
			.withMessageStartingWith("The database holds Pierre schema versions that this starter does not know "
					+ "(29990301000001), which a repair would record as deleted.");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM pierre_schema_history WHERE version = '29990301000001'",
				Integer.class))
			.isOne();
	}

	@Test
	void modifiedChecksumIsRealignedOnPostgresql() {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			this.dataSource = new PierreDataSourceFactory(Duration.ofSeconds(10), Duration.ofSeconds(5), "WAL")
				.create(DatabaseUrl.parse("url", database.url(), database.username(), database.password()));
			PierreSchemaMigrator migrator = migrator(MigrationSettings.defaults());
			migrator.migrate();
			new JdbcTemplate(this.dataSource)
				.update("UPDATE pierre_schema_history SET checksum = 42 WHERE version = '20250120000014'");
			assertThat(migrator.repair().realigned()).containsExactly(SchemaVersion.of("20250120000014"));
			assertThat(migrator.validate().currentVersion()).contains(SchemaVersion.of(NEWEST));
			this.dataSource.close();
		}
	}

	private PierreSchemaMigrator sqlite(MigrationSettings settings) {
		this.dataSource = new PierreDataSourceFactory(Duration.ofSeconds(10), Duration.ofSeconds(5), "WAL")
			.create(DatabaseUrl.parse("url", "jdbc:sqlite:" + this.dir.resolve("users.db"), null, null));
		return migrator(settings);
	}

	private PierreSchemaMigrator migrator(MigrationSettings settings) {
		return new PierreSchemaMigrator(this.dataSource, settings.withBackup(BackupPolicy.disabled()), this.catalog);
	}

}
