package io.pierre.schema.actuate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.migration.MigrationMode;
import io.pierre.schema.migration.PierreSchemaMigrator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health indicator compares the live schema only when the history changed or the interval
 * passed: a schema changed behind the starter's back, with the history as it was, shows only then.
 */
class DriftCheckTests {

	private static final Duration INTERVAL = Duration.ofMinutes(5);

	@TempDir
	Path dir;

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));

	private HikariDataSource dataSource;

	private PierreSchemaHealthIndicator indicator;

	@BeforeEach
	void migrate() {
		this.dataSource = SchemaDatabases.sqlite(this.dir.resolve("pierre.db"));
		PierreSchemaMigrator migrator = SchemaDatabases.migrator(this.dataSource);
		migrator.migrate();
		InstantSource clock = this.now::get;
		this.indicator = new PierreSchemaHealthIndicator(migrator, MigrationMode.MIGRATE, false,
				new SecretRedactor(List.of()), new DriftCheck(migrator, INTERVAL, clock));
	}

	@AfterEach
	void close() {
		this.dataSource.close();
	}

	@Test
	void driftWithTheSameHistoryShowsOnlyOnceTheIntervalHasPassed() {
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UP);
		addColumnBehindTheStartersBack();
		this.now.set(this.now.get().plus(INTERVAL).minusSeconds(1));
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UP);
		this.now.set(this.now.get().plusSeconds(1));
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat((List<?>) health.getDetails().get("drift")).singleElement().asString().contains("nickname");
		// The drift found stays reported while nothing changes.
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void aChangedHistoryComparesAtOnce() {
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UP);
		addColumnBehindTheStartersBack();
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UP);
		new JdbcTemplate(this.dataSource).update(
				"UPDATE pierre_schema_history SET execution_time = execution_time + 1 WHERE version = ?",
				SchemaDatabases.NEWEST);
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.DOWN);
	}

	private void addColumnBehindTheStartersBack() {
		new JdbcTemplate(this.dataSource).execute("ALTER TABLE users ADD COLUMN nickname TEXT");
	}

}
