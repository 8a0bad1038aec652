package io.pierre.schema.upgrade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.sql.DataSource;

import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.inspect.ReferenceRowComparator;
import io.pierre.schema.inspect.SchemaComparator;
import io.pierre.schema.inspect.SchemaInspector;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.migration.MigrationReport;
import io.pierre.schema.testsupport.BulkPopulation;
import io.pierre.schema.testsupport.ChildProcess;
import io.pierre.schema.testsupport.PausedChild;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PopulatedDatabase;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TableFingerprints;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upgrade killed for real, with SIGKILL, in the middle: a large database at version 13 (100,000
 * users, a row per user in eleven more tables, a hundredth as many in every other table, and the
 * orphans that version 14 removes) is upgraded by a child JVM, as a starting application would,
 * and the child is killed at several points, each time in a fresh copy of the database. After each
 * kill, the database is exactly at the last version its history records, each version once and
 * none failed: its schema is that version's, and its rows are all there with the same values
 * (fingerprinted per table: count and SHA-256 of every value of the columns the newest version
 * keeps), the orphans too where 14 had not committed. Then a normal start, in this JVM, completes
 * the upgrade: the newest schema, a clean history, every row that should be kept and no other.
 */
class KilledUpgradeTests {

	private static final int USERS = Integer.getInteger("pierre.test.killed-upgrade.users", 100_000);

	private static final int ORPHANS = 1_000;

	private static final Duration PATIENCE = Duration.ofMinutes(3);

	private static final String V13 = "20250120000013";

	private static final String V14 = "20250120000014";

	private static final String V15 = "20250120000015";

	private static final String V18 = "20250120000018";

	/**
	 * Where to kill the child: where it stops, as it was told, inside a version; or once its
	 * history records one; or, on PostgreSQL, once it waits for a lock that the test holds, which
	 * stops it in the middle of a version.
	 * @param name for messages
	 * @param pausedAt where the child stops ({@code started:<version>} as the version starts,
	 * {@code ended:<version>} once its statements have run, before its commit), or {@code null}
	 * @param recordedVersion wait until the history records this version, or {@code null}
	 * @param lock a LOCK TABLE statement that the test runs in a transaction of its own and holds
	 * until the child is killed; the child is killed once it waits for that lock
	 * @param inside whether the kill must land inside the version that the child had started last,
	 * which must then have left nothing behind
	 * @param sqliteJournalMode the journal mode of the child's SQLite connections
	 */
	record KillPoint(String name, String pausedAt, String recordedVersion, String lock, boolean inside,
			String sqliteJournalMode) {

		KillPoint(String name, String pausedAt, String recordedVersion, String lock, boolean inside) {
			this(name, pausedAt, recordedVersion, lock, inside, "WAL");
		}

		/** The same point with SQLite's rollback journal instead of the starter's default WAL. */
		KillPoint withRollbackJournal() {
			return new KillPoint(this.name + " (rollback journal)", this.pausedAt, this.recordedVersion, this.lock,
					this.inside, "DELETE");
		}

		static KillPoint started(String version) {
			return new KillPoint("as " + version.substring(12) + " starts", "started:" + version, null, null, true);
		}

		static KillPoint beforeCommit(String version) {
			return new KillPoint("before " + version.substring(12) + " commits", "ended:" + version, null, null, true);
		}

		static KillPoint recorded(String version) {
			return new KillPoint("once the history records " + version.substring(12), null, version, null, false);
		}

		static KillPoint blocked(String name, String lock) {
			return new KillPoint(name, null, null, lock, true);
		}

	}

	/**
	 * The starter opens SQLite files in WAL mode; one kill uses the rollback journal, and leaves a
	 * hot journal that the next connection rolls back: it lands once 15's statements have written,
	 * before its commit.
	 */
	private static final List<KillPoint> SQLITE_KILL_POINTS = List.of(KillPoint.started(V14),
			KillPoint.beforeCommit(V14), KillPoint.beforeCommit(V15).withRollbackJournal(), KillPoint.recorded(V15),
			KillPoint.beforeCommit(V18));

	/** What the starter logs when PostgreSQL's preparation of 14 is done. */
	private static final String PREPARED_14 = "prepared version " + V14;

	/** What PostgreSQL's preparation of 14 adds before the version's transaction begins. */
	private static final List<String> PREPARED_BEFORE_14_ON_POSTGRESQL = List.of("a2a_clients: foreign key (user_id):",
			"a2a_clients: index idx_a2a_clients_user_id:", "user_configurations: foreign key (user_id):");

	/**
	 * Version 14 is killed as it starts, after its preparation; then a lock that the test holds
	 * stops the child: in 14's preparation, at its index build (which waits for the test's open
	 * transaction) or as it adds the key of user_configurations; once it is done, inside 15
	 * at its first change to users, after it has added a column; inside 20 as it creates the first
	 * table that references tenants, after 14 to 19 have committed.
	 */
	private static final List<KillPoint> POSTGRESQL_KILL_POINTS = List.of(KillPoint.started(V14),
			new KillPoint("blocked in 14's preparation", null, null, "LOCK TABLE user_configurations IN SHARE MODE",
					false),
			KillPoint.blocked("blocked inside 15", "LOCK TABLE users IN ACCESS SHARE MODE"),
			KillPoint.blocked("blocked inside 20", "LOCK TABLE tenants IN SHARE MODE"));

	@Test
	void sqliteUpgradeKilledAtSeveralPointsCompletesOnTheNextStart(@TempDir Path directory)
			throws SQLException, IOException, InterruptedException {
		Path template = directory.resolve("template.db");
		Expected expected = prepare(TestSqlite.dataSource(template), DatabaseKind.SQLITE);
		for (int i = 0; i < SQLITE_KILL_POINTS.size(); i++) {
			Path file = directory.resolve("killed-" + i + ".db");
			Files.copy(template, file);
			DataSource dataSource = TestSqlite.dataSource(file);
			KillPoint point = SQLITE_KILL_POINTS.get(i);
			Kill kill = kill(point, dataSource, "jdbc:sqlite:" + file.toAbsolutePath(), "", "",
					point.sqliteJournalMode(), pausedAt(point));
			if (point.sqliteJournalMode().equals("DELETE")) {
				Path journal = Path.of(file + "-journal");
				assertThat(Files.exists(journal) && Files.size(journal) > 0)
					.as("%s: the kill left a hot journal, an unfinished transaction", point.name())
					.isTrue();
			}
			assertKilledAndRestarted("SQLite", kill, dataSource, expected);
			for (String suffix : new String[] { "", "-wal", "-shm", "-journal" }) {
				Files.deleteIfExists(Path.of(file + suffix));
			}
		}
	}

	@Test
	void postgresqlUpgradeKilledAtSeveralPointsCompletesOnTheNextStart()
			throws SQLException, InterruptedException {
		try (PostgresDatabase template = TestPostgres.createDatabase()) {
			Expected expected = prepare(template.dataSource(), DatabaseKind.POSTGRESQL);
			for (KillPoint point : POSTGRESQL_KILL_POINTS) {
				try (PostgresDatabase database = TestPostgres.copyOf(template)) {
					DataSource dataSource = database.dataSource();
					Kill kill = kill(point, dataSource, database.url(), database.username(), database.password(),
							point.sqliteJournalMode(), pausedAt(point));
					// A backend that runs a statement learns of its client's death only when the
					// statement ends; then it rolls back and goes.
					awaitNoOtherSessions(dataSource);
					assertKilledAndRestarted("PostgreSQL", kill, dataSource, expected);
				}
			}
		}
	}

	/** The fingerprints a database at 13 has, and those it must have once 14 has removed the orphans. */
	record Expected(Map<String, List<String>> columns, Map<String, String> atThirteen, Map<String, String> kept) {

	}

	/** How a kill went: where, what the child had started last, what it had written. */
	record Kill(KillPoint point, String lastStarted, String blockedAt, List<String> output) {

	}

	private static Expected prepare(DataSource dataSource, DatabaseKind kind) throws SQLException {
		long start = System.nanoTime();
		BulkPopulation.populate(dataSource, kind, V13, USERS, ORPHANS);
		NormalizedSchema v13 = Migrations.expected(V13);
		Map<String, List<String>> columns = TableFingerprints.keptColumns(v13, Migrations.newestSchema());
		Map<String, String> notOrphans = new TreeMap<>();
		v13.tables().forEach((table, definition) -> notOrphans.put(table,
				definition.primaryKey().get(0) + " NOT LIKE '" + BulkPopulation.ORPHAN + "%'"));
		Expected expected = new Expected(columns, TableFingerprints.of(dataSource, v13, columns, null),
				TableFingerprints.of(dataSource, v13, columns, notOrphans));
		List<String> withOrphans = expected.atThirteen()
			.keySet()
			.stream()
			.filter((table) -> !expected.atThirteen().get(table).equals(expected.kept().get(table)))
			.toList();
		assertThat(withOrphans).as("tables with orphans")
			.containsExactlyInAnyOrder("a2a_clients", "a2a_sessions", "a2a_tasks", "a2a_usage", "a2a_client_api_keys",
					"user_configurations");
		System.out.printf("%s at 13: %s (%d tables) filled in %d ms%n", kind, expected.atThirteen().get("users"),
				columns.size(), Duration.ofNanos(System.nanoTime() - start).toMillis());
		return expected;
	}

	private static Kill kill(KillPoint point, DataSource dataSource, String... arguments)
			throws SQLException, InterruptedException {
		Connection locker = null;
		String blockedAt = null;
		try (ChildProcess child = ChildProcess.start(MigrateInChildProcess.class, arguments)) {
			if (point.pausedAt() != null) {
				Optional<String> paused = child.awaitLine(
						(line) -> line.equals(PausedChild.PAUSED + " " + point.pausedAt()), PATIENCE);
				assertThat(paused).as("%s: the child's output %s", point.name(), child.output()).isPresent();
			}
			if (point.recordedVersion() != null) {
				awaitRecorded(dataSource, point.recordedVersion(), child);
			}
			if (point.lock() != null && point.inside()) {
				// A concurrent index build of 14's preparation waits for every open transaction,
				// the locker's too: a lock meant for a later version is taken once it is done.
				Optional<String> prepared = child.awaitLine((line) -> line.contains(PREPARED_14), PATIENCE);
				assertThat(prepared).as("%s: the child's output %s", point.name(), child.output()).isPresent();
			}
			if (point.lock() != null) {
				locker = lock(dataSource, point.lock());
				blockedAt = awaitBlocked(dataSource, child, backendPid(locker));
			}
			assertThat(child.isAlive()).as("%s: the child still migrates when killed; output %s", point.name(),
					child.output())
				.isTrue();
			child.kill();
			// Where the child stopped, it had started that version, whether or not Flyway had logged it yet.
			String lastStarted = (point.pausedAt() != null) ? point.pausedAt().substring(point.pausedAt().indexOf(':') + 1)
					: child.output()
				.stream()
				.filter((line) -> line.contains("to version \""))
				.reduce((first, second) -> second)
				.map((line) -> line.substring(line.indexOf("to version \"") + 12, line.indexOf("to version \"") + 26))
				.orElse("none");
			assertThat(child.output()).noneMatch((line) -> line.contains(MigrateInChildProcess.DONE));
			return new Kill(point, lastStarted, blockedAt, child.output());
		}
		finally {
			if (locker != null) {
				locker.rollback();
				locker.close();
			}
		}
	}

	private static String pausedAt(KillPoint point) {
		return (point.pausedAt() != null) ? point.pausedAt() : "";
	}

	private static int backendPid(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
			pid.next();
			return pid.getInt(1);
		}
	}

	private static Connection lock(DataSource dataSource, String lock) throws SQLException {
		Connection connection = dataSource.getConnection();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute(lock);
		}
		return connection;
	}

	/**
	 * Waits until the child's session waits for the locker's lock; returns the statement that
	 * waits. Only the locker counts: a concurrent index build also waits a moment for any
	 * transaction that holds a snapshot, this poll's own among them.
	 */
	private static String awaitBlocked(DataSource dataSource, ChildProcess child, int lockerPid)
			throws SQLException, InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		String waiting = "SELECT query FROM pg_stat_activity WHERE datname = current_database()"
				+ " AND pid <> pg_backend_pid() AND wait_event_type = 'Lock' AND " + lockerPid
				+ " = ANY (pg_blocking_pids(pid))";
		String query;
		while ((query = Migrations.queryForString(dataSource, waiting)) == null) {
			assertThat(child.isAlive()).as("the child is alive; output %s", child.output()).isTrue();
			assertThat(System.nanoTime()).as("the child waited for the lock").isLessThan(deadline);
			Thread.sleep(10);
		}
		String statement = query.replaceAll("(?m)^\\s*--.*$", "").replaceAll("\\s+", " ").trim();
		return (statement.length() > 100) ? statement.substring(0, 100) + "..." : statement;
	}

	private static void awaitRecorded(DataSource dataSource, String version, ChildProcess child)
			throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline && child.isAlive()) {
			try {
				if (Migrations.history(dataSource).contains(version + ":true")) {
					return;
				}
			}
			catch (SQLException ex) {
				// No history table yet, or the database is busy: look again.
			}
			Thread.sleep(5);
		}
		throw new AssertionError("The history never recorded " + version + "; the child's output " + child.output());
	}

	private static void assertKilledAndRestarted(String label, Kill kill, DataSource dataSource, Expected expected)
			throws SQLException {
		String newest = Migrations.newestVersion();
		List<String> history = Migrations.history(dataSource);
		String at = history.get(history.size() - 1).split(":")[0];
		System.out.printf("%s killed %s: the child had started %s%s, the history is at %s%n", label,
				kill.point().name(), kill.lastStarted(),
				(kill.blockedAt() != null) ? " and waited at \"" + kill.blockedAt() + "\"" : "", at);
		assertThat(history).as("%s killed %s: history", label, kill.point().name())
			.isEqualTo(Migrations.cleanHistoryUpTo(at));
		assertThat(at).isGreaterThanOrEqualTo(V13).isLessThan(newest);
		if (kill.point().inside()) {
			// Killed after the version began and before it committed: it left nothing behind.
			List<String> versions = Migrations.versions();
			assertThat(at).as("%s killed %s: the version before the one it had started", label, kill.point().name())
				.isEqualTo(versions.get(versions.indexOf(kill.lastStarted()) - 1));
		}
		// PostgreSQL prepares 14's keys and index before the version's transaction
		// (db/pierre/prepare): killed in the preparation or as 14 starts, the database is at 13 with
		// some or all of them, and the next start completes the version.
		List<String> prepared = (label.equals("PostgreSQL") && at.equals(V13))
				? PREPARED_BEFORE_14_ON_POSTGRESQL : List.of();
		assertSchemaAndRows(label + " killed " + kill.point().name(), dataSource, at,
				at.compareTo(PopulatedDatabase.ORPHANS_REMOVED) >= 0 ? expected.kept() : expected.atThirteen(),
				expected, prepared);

		MigrationReport report = Migrations.migrator(dataSource, null).migrate();
		System.out.printf("%s killed %s: the next start applied %d versions in %d ms (ms per version: %s)%n", label,
				kill.point().name(), report.applied(), report.duration().toMillis(),
				Migrations.queryForString(dataSource, "SELECT " + executionTimes(label) + " FROM pierre_schema_history"
						+ " WHERE installed_rank > " + history.size()));
		assertThat(Migrations.history(dataSource)).isEqualTo(Migrations.cleanHistoryUpTo(newest));
		assertSchemaAndRows(label + " restarted after a kill " + kill.point().name(), dataSource, newest,
				expected.kept(), expected, List.of());
		NormalizedSchema newestSchema = Migrations.newestSchema();
		NormalizedSchema found = new SchemaInspector(
				Migrations.inspectionOptions().withRowTables(newestSchema.rows().keySet()))
			.inspect(dataSource);
		assertThat(ReferenceRowComparator.compare(newestSchema, found)).isEmpty();
	}

	private static String executionTimes(String label) {
		return label.equals("SQLite") ? "group_concat(substr(version, 13) || '=' || execution_time, ' ')"
				: "string_agg(substr(version, 13) || '=' || execution_time, ' ' ORDER BY installed_rank)";
	}

	/**
	 * Checks the schema against the version's, but for differences that start as listed, and the
	 * rows against their fingerprints.
	 */
	private static void assertSchemaAndRows(String description, DataSource dataSource, String version,
			Map<String, String> fingerprints, Expected expected, List<String> preparedDifferences) throws SQLException {
		NormalizedSchema schema = Migrations.expected(version);
		List<String> differences = SchemaComparator
			.compare(schema, new SchemaInspector(Migrations.inspectionOptions()).inspect(dataSource))
			.stream()
			.map(Object::toString)
			.toList();
		assertThat(differences).as("%s: differences from %s", description, version)
			.allSatisfy((difference) -> assertThat(preparedDifferences).anyMatch(difference::startsWith));
		assertThat(TableFingerprints.of(dataSource, schema, expected.columns(), null))
			.as("%s: rows at %s", description, version)
			.isEqualTo(fingerprints);
	}

	private static void awaitNoOtherSessions(DataSource dataSource) throws SQLException, InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		String others = "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()";
		while (!"0".equals(Migrations.queryForString(dataSource, others))) {
			assertThat(System.nanoTime()).as("the killed child's sessions ended").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

}
