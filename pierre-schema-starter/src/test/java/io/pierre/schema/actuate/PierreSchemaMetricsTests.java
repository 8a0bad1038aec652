package io.pierre.schema.actuate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.migration.MigrationReport;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.migration.PierreSchemaMigrator;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PierreSchemaMetrics} on real databases.
 */
class PierreSchemaMetricsTests {

	@TempDir
	Path dir;

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private HikariDataSource dataSource;

	@AfterEach
	void closeDataSource() {
		if (this.dataSource != null) {
			this.dataSource.close();
		}
	}

	@Test
	void startupMigrationOnSqlite() {
		PierreSchemaMigrator migrator = SchemaDatabases.migrator(sqlite());
		MigrationReport report = migrator.migrate();
		new PierreSchemaMetrics(migrator, Optional.of(report), Duration.ZERO).bindTo(this.registry);
		assertThat(gauge(PierreSchemaMetrics.VERSION, "sqlite")).isEqualTo(Double.parseDouble(Migrations.newestVersion()));
		assertThat(gauge(PierreSchemaMetrics.PENDING, "sqlite")).isZero();
		Timer timer = this.registry.get(PierreSchemaMetrics.MIGRATION).tag("database", "sqlite").timer();
		assertThat(timer.count()).isOne();
		assertThat(timer.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isEqualTo(report.duration().toNanos());
	}

	@Test
	void withoutAStartupMigrationTheGaugesFollowTheDatabase() {
		PierreSchemaMigrator fullSchema = SchemaDatabases.migrator(sqlite());
		SchemaDatabases.migrator(this.dataSource, MigrationSettings.defaults().withTarget(SchemaVersion.of("20250120000013")), false)
			.migrate();
		new PierreSchemaMetrics(fullSchema, Optional.empty(), Duration.ZERO).bindTo(this.registry);
		assertThat(this.registry.find(PierreSchemaMetrics.MIGRATION).meters()).isEmpty();
		assertThat(gauge(PierreSchemaMetrics.VERSION, "sqlite")).isEqualTo(20250120000013.0);
		assertThat(gauge(PierreSchemaMetrics.PENDING, "sqlite")).isEqualTo(Migrations.versionsAfter("20250120000013"));
		fullSchema.migrate();
		assertThat(gauge(PierreSchemaMetrics.VERSION, "sqlite")).isEqualTo(Double.parseDouble(Migrations.newestVersion()));
		assertThat(gauge(PierreSchemaMetrics.PENDING, "sqlite")).isZero();
	}

	@Test
	void oneReadingServesTheGaugesForItsMaxAge() {
		PierreSchemaMigrator migrator = SchemaDatabases.migrator(sqlite());
		new PierreSchemaMetrics(migrator, Optional.empty(), Duration.ofHours(1)).bindTo(this.registry);
		assertThat(gauge(PierreSchemaMetrics.PENDING, "sqlite")).isEqualTo(Migrations.versions().size());
		migrator.migrate();
		assertThat(gauge(PierreSchemaMetrics.PENDING, "sqlite")).isEqualTo(Migrations.versions().size());
		assertThat(gauge(PierreSchemaMetrics.VERSION, "sqlite")).isZero();
	}

	@Test
	void unreadableDatabaseGivesNaN() {
		PierreSchemaMigrator migrator = SchemaDatabases
			.migrator(new DriverManagerDataSource("jdbc:nosuchdriver://127.0.0.1:1/pierre"));
		new PierreSchemaMetrics(migrator, Optional.empty(), Duration.ZERO).bindTo(this.registry);
		assertThat(gauge(PierreSchemaMetrics.VERSION, "unknown")).isNaN();
		assertThat(gauge(PierreSchemaMetrics.PENDING, "unknown")).isNaN();
	}

	@Test
	void taggedPostgresqlOnPostgresql() {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			PierreSchemaMigrator migrator = SchemaDatabases.migrator(database.dataSource());
			MigrationReport report = migrator.migrate();
			new PierreSchemaMetrics(migrator, Optional.of(report), Duration.ZERO).bindTo(this.registry);
			assertThat(gauge(PierreSchemaMetrics.VERSION, "postgresql")).isEqualTo(Double.parseDouble(Migrations.newestVersion()));
			assertThat(this.registry.get(PierreSchemaMetrics.MIGRATION).tag("database", "postgresql").timer().count())
				.isOne();
			assertThat(this.registry.getMeters()).flatExtracting((Meter meter) -> meter.getId().getTags())
				.allSatisfy((tag) -> assertThat(tag.getKey()).isEqualTo("database"));
		}
	}

	private double gauge(String name, String database) {
		return this.registry.get(name).tag("database", database).gauge().value();
	}

	private HikariDataSource sqlite() {
		this.dataSource = SchemaDatabases.sqlite(this.dir.resolve("pierre.db"));
		return this.dataSource;
	}

}
