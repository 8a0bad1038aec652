package io.pierre.schema.upgrade;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.pierre.schema.SchemaMigrationException;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.locks.LockWaitSettings;
import io.pierre.schema.migration.MigrationReport;
import io.pierre.schema.testsupport.BulkPopulation;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration's backend terminated in the middle of version 14's transaction, as a failover or
 * an operator's {@code pg_terminate_backend} would: PostgreSQL rolls the version back, the error
 * says so and at which version the database is, and the next start completes with every row. The
 * database has orphans, so that the version's transaction has seconds of work: the preparation
 * before it leaves a key that finds rows without their user to the transaction, which removes
 * them and validates the key.
 */
class ConnectionLostTests {

	private static final String V13 = "20250120000013";

	private static final int USERS = 50_000;

	private static final int ORPHANS = 20_000;

	/** Each table with its key, whose value starts with {@link BulkPopulation#ORPHAN} for orphans only. */
	private static final Map<String, String> TABLES = Map.of("users", "id", "api_keys", "id", "a2a_clients", "id",
			"user_configurations", "user_id");

	@Test
	void aBackendTerminatedInsideVersion14RollsItBackAndTheNextStartCompletes() throws Exception {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			DataSource dataSource = database.dataSource();
			BulkPopulation.populate(dataSource, DatabaseKind.POSTGRESQL, V13, USERS, ORPHANS);
			Map<String, String> orphans = counts(dataSource, "");
			Map<String, String> kept = counts(dataSource, " NOT");
			CompletableFuture<MigrationReport> migration = CompletableFuture
				.supplyAsync(() -> Migrations.migrator(dataSource, null).migrate());
			String pid = awaitVersion14Running(dataSource);
			assertThat(Migrations.queryForString(dataSource, "SELECT pg_terminate_backend(" + pid + ")")).isEqualTo("t");
			assertThat(migration).failsWithin(Duration.ofMinutes(1))
				.withThrowableThat()
				.havingCause()
				.isInstanceOf(SchemaMigrationException.class)
				.withMessageContaining("the connection to the database was lost while a version ran")
				.withMessageContaining("rolled that version back; the database is at version " + V13);
			assertThat(Migrations.history(dataSource)).last().isEqualTo(V13 + ":true");
			assertThat(Migrations.queryForString(dataSource,
					"SELECT count(*) FROM pg_constraint WHERE conname = 'a2a_clients_user_id_fkey' AND convalidated"))
				.isEqualTo("0");
			assertThat(counts(dataSource, "")).isEqualTo(orphans);
			assertThat(Migrations.migrator(dataSource, null).migrate().applied())
				.isEqualTo(Migrations.versions().size() - Migrations.versions().indexOf(V13) - 1);
			assertThat(counts(dataSource, " NOT")).isEqualTo(kept);
			assertThat(counts(dataSource, "")).allSatisfy((table, left) -> assertThat(left).isEqualTo("0"));
			assertThat(Migrations.migrator(dataSource, null).validate().currentVersion()).isPresent();
		}
	}

	/** The backend that runs version 14's transaction, once it runs its script: the migration names its connection. */
	private static String awaitVersion14Running(DataSource dataSource) throws Exception {
		String sql = "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state = 'active'"
				+ " AND application_name = '" + LockWaitSettings.APPLICATION_NAME + "'"
				+ " AND query LIKE '%clients_key_valid%'";
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (true) {
			String pid = Migrations.queryForString(dataSource, sql);
			if (pid != null) {
				return pid;
			}
			assertThat(System.nanoTime()).as("version 14 starts").isLessThan(deadline);
			Thread.sleep(5);
		}
	}

	/** The rows of each table that are orphans ({@code ""}) or not ({@code " NOT"}). */
	private static Map<String, String> counts(DataSource dataSource, String not) throws Exception {
		Map<String, String> counts = new TreeMap<>();
		for (Map.Entry<String, String> table : TABLES.entrySet()) {
			counts.put(table.getKey(), Migrations.queryForString(dataSource, "SELECT count(*) FROM " + table.getKey()
					+ " WHERE " + table.getValue() + not + " LIKE '" + BulkPopulation.ORPHAN + "%'"));
		}
		return counts;
	}

}
