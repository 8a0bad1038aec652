package io.pierre.schema.locks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.pierre.schema.migration.MigrationReport;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.migration.PierreSchemaMigrator;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A migration that meets a session holding a lock on a live table, as a long report does: it
 * waits at most its lock timeout per attempt, so that the service's queries do not queue behind
 * it; it retries, names the blocker, and completes once the blocker ends or fails having changed
 * nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class PostgresLockWaitTests {

	/** Version 15 drops columns of users, which waits for every lock on users. */
	private static final String BEFORE_DROP = "20250120000014";

	private static final String DROP = "20250120000015";

	private static final String REPORT = "nightly-report";

	private static PostgresDatabase atVersion14;

	@BeforeAll
	static void migrateTemplate() {
		atVersion14 = TestPostgres.createDatabase();
		Migrations.migrator(atVersion14.dataSource(), BEFORE_DROP).migrate();
	}

	@AfterAll
	static void dropTemplate() {
		if (atVersion14 != null) {
			atVersion14.close();
		}
	}

	@Test
	void retriesRunOutNamingTheBlockerAndNothingOfTheVersionIsChanged(CapturedOutput output) throws Exception {
		try (PostgresDatabase database = TestPostgres.copyOf(atVersion14)) {
			try (Connection report = openReport(database)) {
				int reportPid = Integer.parseInt(Migrations.queryForString(database.dataSource(),
						"SELECT pid FROM pg_stat_activity WHERE application_name = '" + REPORT + "'"));
				LockWaitSettings lockWait = new LockWaitSettings(Duration.ofMillis(200), 2, Duration.ofMillis(10),
						Duration.ZERO);
				assertThatExceptionOfType(LockWaitTimeoutException.class)
					.isThrownBy(() -> migrator(database.dataSource(), lockWait).migrate())
					.satisfies((ex) -> assertThat(ex.getBlockers()).extracting(BlockingSession::pid)
						.containsExactly(reportPid))
					.withMessageContaining("version " + DROP + " waited longer than the lock timeout of 200 ms on each of 3 attempts")
					.withMessageContaining("pid " + reportPid + " (application '" + REPORT + "', idle in transaction")
					.withMessageContaining("SELECT count(*) FROM users WHERE id <> ?")
					.withMessageContaining("version " + DROP + " changed nothing")
					.withMessageNotContaining("nobody");
			}
			assertThat(Migrations.history(database.dataSource())).last().isEqualTo(BEFORE_DROP + ":true");
			assertThat(Migrations.queryForString(database.dataSource(),
					"SELECT count(*) FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'strava_scope'"))
				.isEqualTo("1");
			assertThat(output).contains("Retry 1 of 2", "Retry 2 of 2", "application '" + REPORT + "'")
				.doesNotContain("nobody");
		}
	}

	@Test
	void whileTheMigrationWaitsTheServicesQueriesGoOnAndItCompletesOnceTheBlockerEnds() throws Exception {
		try (PostgresDatabase database = TestPostgres.copyOf(atVersion14)) {
			CompletableFuture<MigrationReport> migration;
			try (Connection report = openReport(database); Connection service = connect(database, "service")) {
				LockWaitSettings lockWait = new LockWaitSettings(Duration.ofMillis(300), 1000, Duration.ofMillis(20),
						Duration.ZERO);
				migration = CompletableFuture.supplyAsync(() -> migrator(database.dataSource(), lockWait).migrate());
				awaitMigrationWaitingForALock(database, Duration.ZERO);
				try (Statement statement = service.createStatement()) {
					// Without a lock timeout this would queue behind the migration until the report ends.
					statement.execute("SET statement_timeout = '5s'");
					long start = System.nanoTime();
					statement.execute("SELECT count(*) FROM users");
					assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
				}
				assertThat(migration).isNotDone();
			}
			MigrationReport report = migration.get(1, TimeUnit.MINUTES);
			assertThat(report.applied()).isEqualTo(Migrations.versions().size() - Migrations.versions().indexOf(DROP));
			assertThat(Migrations.history(database.dataSource())).last()
				.isEqualTo(Migrations.newestVersion() + ":true");
		}
	}

	@Test
	void aStatementTimeoutOfTheDatabaseDoesNotCutAVersionOff() throws Exception {
		try (PostgresDatabase database = TestPostgres.copyOf(atVersion14)) {
			Migrations.execute(database.dataSource(),
					"ALTER DATABASE " + database.name() + " SET statement_timeout = '300ms'");
			CompletableFuture<MigrationReport> migration;
			try (Connection report = openReport(database)) {
				LockWaitSettings lockWait = new LockWaitSettings(Duration.ofSeconds(30), 0, Duration.ZERO,
						Duration.ZERO);
				migration = CompletableFuture.supplyAsync(() -> migrator(database.dataSource(), lockWait).migrate());
				// Past the database's statement timeout: the version's own (none) holds.
				awaitMigrationWaitingForALock(database, Duration.ofMillis(600));
			}
			assertThat(migration.get(1, TimeUnit.MINUTES).applied()).isPositive();
			assertThat(Migrations.history(database.dataSource())).last()
				.isEqualTo(Migrations.newestVersion() + ":true");
		}
	}

	private static PierreSchemaMigrator migrator(DataSource dataSource, LockWaitSettings lockWait) {
		return new PierreSchemaMigrator(dataSource, MigrationSettings.defaults().withPostgresqlLockWait(lockWait),
				Migrations.CATALOG);
	}

	/** A report's transaction that has read users and stays open: it holds a lock on users. */
	private static Connection openReport(PostgresDatabase database) throws SQLException {
		Connection report = connect(database, REPORT);
		report.setAutoCommit(false);
		try (Statement statement = report.createStatement()) {
			statement.execute("SELECT count(*) FROM users WHERE id <> 'secret-user-id'");
		}
		return report;
	}

	private static Connection connect(PostgresDatabase database, String applicationName) throws SQLException {
		Connection connection = DriverManager.getConnection(database.url(), database.username(), database.password());
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET application_name = '" + applicationName + "'");
		}
		return connection;
	}

	/** Waits until the migration's backend, found by its application name, has waited for a lock this long. */
	private static void awaitMigrationWaitingForALock(PostgresDatabase database, Duration waited) throws Exception {
		String sql = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
				+ " AND application_name = '" + LockWaitSettings.APPLICATION_NAME + "' AND wait_event_type = 'Lock'"
				+ " AND clock_timestamp() - query_start > interval '" + waited.toMillis() + " milliseconds'";
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!"1".equals(Migrations.queryForString(database.dataSource(), sql))) {
			assertThat(System.nanoTime()).as("the migration waits for a lock").isLessThan(deadline);
			Thread.sleep(10);
		}
	}

}
