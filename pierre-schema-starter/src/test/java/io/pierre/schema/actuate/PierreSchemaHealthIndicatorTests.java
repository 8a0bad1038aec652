package io.pierre.schema.actuate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.jdbc.DatabaseUrl;
import io.pierre.schema.jdbc.PierreDataSourceFactory;
import io.pierre.schema.migration.MigrationMode;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.migration.PierreSchemaMigrator;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static io.pierre.schema.actuate.SchemaDatabases.NEWEST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PierreSchemaHealthIndicator} on real SQLite files and a real PostgreSQL.
 */
class PierreSchemaHealthIndicatorTests {

	private static final String SECRET = "Pierre-Secret-5f1c9e";

	@TempDir
	Path dir;

	private HikariDataSource dataSource;

	@AfterEach
	void closeDataSource() {
		if (this.dataSource != null) {
			this.dataSource.close();
		}
	}

	@Test
	void upToDateIsUpWithDetails() {
		PierreSchemaMigrator migrator = SchemaDatabases.migrator(sqlite());
		migrator.migrate();
		Health health = indicator(migrator, MigrationMode.MIGRATE).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		Map<String, Object> details = health.getDetails();
		assertThat(details).containsEntry("database", "SQLite")
			.containsEntry("currentVersion", NEWEST)
			.containsEntry("newestVersion", NEWEST)
			.containsEntry("pending", 0)
			.containsEntry("applied", (long) Migrations.versions().size())
			.containsEntry("historyTable", "pierre_schema_history")
			.containsEntry("mode", "migrate")
			.doesNotContainKeys("failed", "modified", "future", "ignored", "error");
		assertThat((String) details.get("databaseVersion")).matches("3\\.\\d+\\.\\d+");
		assertThat(Instant.parse((String) details.get("lastAppliedOn"))).isBefore(Instant.now().plusSeconds(1));
	}

	@Test
	void schemaChangedBehindTheStartersBackIsDownWithTheDrift() {
		PierreSchemaMigrator migrator = SchemaDatabases.migrator(sqlite());
		migrator.migrate();
		new JdbcTemplate(this.dataSource).execute("DROP INDEX idx_users_email");
		new JdbcTemplate(this.dataSource).execute("ALTER TABLE users ADD COLUMN nickname TEXT");
		Health health = indicator(migrator, MigrationMode.MIGRATE).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("currentVersion", NEWEST);
		assertThat((List<?>) health.getDetails().get("drift")).hasSize(2)
			.anySatisfy((difference) -> assertThat(difference.toString()).startsWith("users: ")
				.contains("nickname"))
			.anySatisfy((difference) -> assertThat(difference.toString()).contains("idx_users_email"));
	}

	@Test
	void comparisonThatFailsIsDownWithTheReason() {
		PierreSchemaMigrator migrator = SchemaDatabases.migrator(sqlite());
		migrator.migrate();
		// The history reads, the comparison cannot get a connection: a schema not known to be whole.
		HikariDataSource closed = SchemaDatabases.sqlite(this.dir.resolve("pierre.db"));
		closed.close();
		PierreSchemaMigrator unreadable = SchemaDatabases.migrator(closed);
		Health health = new PierreSchemaHealthIndicator(migrator, MigrationMode.MIGRATE, false,
				new SecretRedactor(List.of(SECRET)), new DriftCheck(unreadable, Duration.ZERO, Clock.systemUTC()))
			.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("currentVersion", NEWEST).doesNotContainKey("drift");
		assertThat((String) health.getDetails().get("error"))
			.startsWith("Could not compare the live schema with its version's: Could not connect to the Pierre database");
	}

	@Test
	void versionsPendingAreOutOfService() {
		SchemaDatabases.migrator(sqlite(), MigrationSettings.defaults().withTarget(SchemaVersion.of("20250120000013")), false).migrate();
		PierreSchemaMigrator fullSchema = SchemaDatabases.migrator(this.dataSource);
		for (MigrationMode mode : List.of(MigrationMode.NONE, MigrationMode.VALIDATE)) {
			Health health = indicator(fullSchema, mode).health();
			assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			assertThat(health.getDetails()).containsEntry("currentVersion", "20250120000013")
				.containsEntry("newestVersion", NEWEST)
				.containsEntry("pending", Migrations.versionsAfter("20250120000013"))
				.containsEntry("applied", 13L)
				.containsEntry("mode", mode.name().toLowerCase());
		}
	}

	@Test
	void revertedVersionsArePendingUntilMigratedAgain() {
		PierreSchemaMigrator migrator = SchemaDatabases.migrator(sqlite());
		migrator.migrate();
		migrator.revert("20250120000019");
		Health reverted = indicator(migrator, MigrationMode.NONE).health();
		assertThat(reverted.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(reverted.getDetails()).containsEntry("currentVersion", "20250120000019")
			.containsEntry("pending", Migrations.versionsAfter("20250120000019"))
			.doesNotContainKey("drift");
		migrator.migrate();
		assertThat(indicator(migrator, MigrationMode.MIGRATE).health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void versionsAboveTheConfiguredTargetAreNotPending() {
		MigrationSettings target = MigrationSettings.defaults().withTarget(SchemaVersion.of("20250120000013"));
		PierreSchemaMigrator migrator = SchemaDatabases.migrator(sqlite(), target, false);
		migrator.migrate();
		Health health = indicator(migrator, MigrationMode.MIGRATE).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("currentVersion", "20250120000013").containsEntry("pending", 0);
	}

	@Test
	void freshDatabaseUnderModeNoneIsOutOfServiceWithNoVersion() {
		Health health = indicator(SchemaDatabases.migrator(sqlite()), MigrationMode.NONE).health();
		assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(health.getDetails()).containsEntry("currentVersion", "none")
			.containsEntry("pending", Migrations.versions().size())
			.containsEntry("applied", 0L)
			.doesNotContainKey("lastAppliedOn");
	}

	@Test
	void failedMigrationIsDown() {
		PierreSchemaMigrator migrator = SchemaDatabases.migrator(sqlite(),
				MigrationSettings.defaults().withTarget(SchemaVersion.of("20250120000019")), false);
		migrator.migrate();
		SchemaDatabases.recordVersion(this.dataSource, "20250120000020", false);
		Health health = indicator(SchemaDatabases.migrator(this.dataSource), MigrationMode.MIGRATE).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("failed", List.of("20250120000020"))
			.containsEntry("currentVersion", "20250120000019")
			// Every version after 19 but the failed 20.
			.containsEntry("pending", Migrations.versionsAfter("20250120000020"));
	}

	@Test
	void modifiedMigrationIsDown() {
		PierreSchemaMigrator migrator = SchemaDatabases.migrator(sqlite());
		migrator.migrate();
		new JdbcTemplate(this.dataSource)
			.update("UPDATE pierre_schema_history SET checksum = checksum + 1 WHERE version = '20250120000007'");
		Health health = indicator(migrator, MigrationMode.MIGRATE).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("modified", List.of("20250120000007"));
	}

	@Test
	void versionFromTheFutureIsDownUnlessAccepted() {
		SchemaDatabases.migrator(sqlite()).migrate();
		SchemaDatabases.recordVersion(this.dataSource, "29990101000001", true);
		Health health = indicator(SchemaDatabases.migrator(this.dataSource), MigrationMode.MIGRATE).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("future", List.of("29990101000001"))
			.containsEntry("currentVersion", "29990101000001")
			.containsEntry("newestVersion", NEWEST);
		PierreSchemaMigrator rollingUpgrade = SchemaDatabases.migrator(this.dataSource, MigrationSettings.defaults(),
				true);
		Health accepted = new PierreSchemaHealthIndicator(rollingUpgrade, MigrationMode.MIGRATE, true,
				new SecretRedactor(List.of()), new DriftCheck(rollingUpgrade, Duration.ZERO, Clock.systemUTC()))
			.health();
		assertThat(accepted.getStatus()).isEqualTo(Status.UP);
		assertThat(accepted.getDetails()).containsEntry("future", List.of("29990101000001"));
	}

	@Test
	void upToDateOnPostgresqlWithAFailedAndAFutureVersion() {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			PierreSchemaMigrator migrator = SchemaDatabases.migrator(database.dataSource());
			migrator.migrate();
			Health health = indicator(migrator, MigrationMode.MIGRATE).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("database", "PostgreSQL")
				.containsEntry("currentVersion", NEWEST)
				.containsEntry("applied", (long) Migrations.versions().size())
				.containsKey("lastAppliedOn");
			SchemaDatabases.recordVersion(database.dataSource(), "29990101000001", true);
			assertThat(indicator(migrator, MigrationMode.MIGRATE).health().getStatus()).isEqualTo(Status.DOWN);
			SchemaDatabases.recordVersion(database.dataSource(), "29990101000002", false);
			assertThat(indicator(migrator, MigrationMode.MIGRATE).health().getDetails())
				.containsEntry("future", List.of("29990101000001"))
				.containsEntry("failed", List.of("29990101000002"));
		}
	}

	@Test
	void unreachablePostgresqlIsDownWithoutThePassword() {
		// Port 1 on the loopback address: nothing listens there, so the connection is refused.
		String url = "jdbc:postgresql://127.0.0.1:1/pierre?connectTimeout=2&password=" + SECRET;
		this.dataSource = new PierreDataSourceFactory(Duration.ofSeconds(10), Duration.ofSeconds(1), "WAL")
			.create(new DatabaseUrl(DatabaseKind.POSTGRESQL, url, "pierre", SECRET));
		this.dataSource.setConnectionTimeout(1000);
		Health health = indicator(SchemaDatabases.migrator(this.dataSource), MigrationMode.MIGRATE).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat((String) health.getDetails().get("error")).contains("Could not connect to the Pierre database")
			.contains("127.0.0.1:1");
		assertThat(health.toString()).doesNotContain(SECRET);
	}

	@Test
	void errorEchoingAUrlWithCredentialsIsMasked() {
		// DriverManager names the URL it found no driver for, credentials and all.
		String url = "jdbc:nosuchdriver://pierre:" + SECRET + "@127.0.0.1:1/pierre?password=" + SECRET;
		PierreSchemaMigrator migrator = SchemaDatabases.migrator(new DriverManagerDataSource(url));
		Health health = indicator(migrator, MigrationMode.MIGRATE).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat((String) health.getDetails().get("error")).contains("No suitable driver")
			.contains("jdbc:nosuchdriver://pierre:****@127.0.0.1:1/pierre?password=****");
		assertThat(health.toString()).doesNotContain(SECRET);
	}

	@Test
	void configuredPasswordIsMaskedWherever() {
		// A message that quotes the password outside any URL, as a driver might.
		String url = "jdbc:nosuchdriver:" + SECRET;
		Health health = indicator(SchemaDatabases.migrator(new DriverManagerDataSource(url)), MigrationMode.MIGRATE)
			.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.toString()).doesNotContain(SECRET).contains("jdbc:nosuchdriver:****");
	}

	private HikariDataSource sqlite() {
		this.dataSource = SchemaDatabases.sqlite(this.dir.resolve("pierre.db"));
		return this.dataSource;
	}

	private static PierreSchemaHealthIndicator indicator(PierreSchemaMigrator migrator, MigrationMode mode) {
		return new PierreSchemaHealthIndicator(migrator, mode, false, new SecretRedactor(List.of(SECRET)),
				new DriftCheck(migrator, Duration.ZERO, Clock.systemUTC()));
	}

}
