package io.pierre.bench.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.jdbc.DatabaseUrl;
import io.pierre.schema.jdbc.PierreDataSourceFactory;

/**
 * Benchmark 7: an upgrade under load. A service's steady workload ({@link FixedRateWorkload}) runs
 * against a database at version 20250120000013 while another process, the bench app with the
 * starter, upgrades it to the newest version: the workload's waits (p50, p99, longest) and failed
 * queries before, during and after the upgrade, and the upgrade's time. On PostgreSQL also with a
 * report's read transaction open on {@code users} for the first 60 s of the upgrade, which the
 * upgrade must wait out without the workload waiting behind it, and the longest stretch that each
 * table held a lock that blocks writes or reads ({@link LockSampler}). Goal: no workload query
 * waits more than 1 s because of the upgrade, none fails.
 */
final class LoadBenchmark {

	static final double GOAL_MILLIS = 1_000;

	private static final Duration STEADY = Duration.ofSeconds(15);

	private static final Duration REPORT = Duration.ofSeconds(60);

	private static final int QUERIES_PER_SECOND = 200;

	private static final int THREADS = 16;

	private static final int POOL_SIZE = 10;

	private static final int KEYS = 5_000;

	private final BenchPaths paths;

	private final AppLauncher launcher;

	private final PostgresServer postgres;

	private final ResultTable table;

	private final ResultTable details;

	private final long postgresUsers;

	private final long sqliteUsers;

	LoadBenchmark(BenchPaths paths, AppLauncher launcher, PostgresServer postgres, ResultTable table,
			ResultTable details, long postgresUsers, long sqliteUsers) {
		this.paths = paths;
		this.launcher = launcher;
		this.postgres = postgres;
		this.table = table;
		this.details = details;
		this.postgresUsers = postgresUsers;
		this.sqliteUsers = sqliteUsers;
	}

	void run(Set<String> databases) {
		try {
			if (databases.contains("postgresql")) {
				run(new PostgresCopies(this.postgres, this.postgresUsers), this.postgresUsers, true);
			}
			if (databases.contains("sqlite")) {
				run(new SqliteCopies(this.paths, this.sqliteUsers), this.sqliteUsers, false);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("load: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("load: interrupted", ex);
		}
	}

	private void run(DatabaseCopies copies, long users, boolean withReport) throws SQLException, InterruptedException {
		DatabaseTarget template = copies.createTemplate();
		try {
			SchemaSetup.migrate(template, UpgradeData.FROM_VERSION);
			DataPopulator.populate(template, users);
			runCase(copies, template, users, false);
			if (withReport) {
				runCase(copies, template, users, true);
			}
		}
		finally {
			copies.disposeTemplate(template);
		}
	}

	private void runCase(DatabaseCopies copies, DatabaseTarget template, long users, boolean withReport)
			throws SQLException, InterruptedException {
		DatabaseTarget database = copies.copy(template);
		String label = String.format("%,d users%s", users,
				withReport ? ", a 60 s read transaction on users open during the upgrade" : "");
		String product = database.kind().productName();
		try (HikariDataSource pool = pool(database)) {
			FixedRateWorkload workload = new FixedRateWorkload(pool, ids(pool, "users"), ids(pool, "a2a_clients"),
					QUERIES_PER_SECOND, THREADS);
			Map<String, Double> holds = Map.of();
			double upgradeMillis;
			try (workload) {
				workload.start();
				Thread.sleep(STEADY.toMillis());
				Thread report = withReport ? openReport(database) : null;
				workload.phase("during");
				long start = System.nanoTime();
				try (Connection watcher = connect(database);
						LockSampler sampler = (database.kind() == DatabaseKind.POSTGRESQL) ? new LockSampler(watcher)
								: null) {
					this.launcher.run(AppVariant.WITH_STARTER, List.of("-Xmx256m"), database.pierreDatabaseArgs(),
							this.paths.file("load-" + database.kind().id() + (withReport ? "-report" : "") + ".log"),
							Duration.ofMinutes(15));
					upgradeMillis = (System.nanoTime() - start) / 1e6;
					if (sampler != null) {
						holds = sampler.longestHolds();
					}
				}
				workload.phase("after");
				Thread.sleep(STEADY.toMillis());
				if (report != null) {
					report.join();
				}
			}
			for (String phase : List.of("before", "during", "after")) {
				report(product, label, phase, workload);
			}
			this.table.add(single(product, label + ": the upgrade (process start to exit)", "ms", upgradeMillis));
			holds.forEach((lock, millis) -> this.details.add(single(product,
					label + ": " + lock + " held (blocks " + LockSampler.blocks(lock.substring(lock.indexOf(' ') + 1))
							+ "), longest stretch",
					"ms", millis)
				.withGoal("<= " + (long) GOAL_MILLIS + " ms", millis <= GOAL_MILLIS)));
		}
		finally {
			copies.dispose(database);
		}
	}

	private void report(String product, String label, String phase, FixedRateWorkload workload) {
		Samples waits = workload.waits(phase);
		int failures = workload.failures(phase);
		if (!waits.isEmpty()) {
			this.table.add(single(product, label + ": workload " + phase + ", p50 wait", "ms", waits.median()));
			this.table.add(single(product, label + ": workload " + phase + ", p99 wait", "ms", waits.percentile(0.99)));
			ResultRow longest = single(product, label + ": workload " + phase + ", longest wait", "ms", waits.max());
			this.table.add(phase.equals("during") ? longest.withGoal("<= " + (long) GOAL_MILLIS + " ms",
					waits.max() <= GOAL_MILLIS) : longest);
		}
		this.table.add(single(product, label + ": workload " + phase + ", failed queries", "queries", failures)
			.withGoal("0", failures == 0));
		workload.failureMessages(phase).forEach((message) -> System.err.println("load, " + phase + ": " + message));
	}

	private static ResultRow single(String product, String subject, String unit, double value) {
		Samples samples = new Samples();
		samples.add(value);
		return ResultRow.of("load", product, subject, unit, samples);
	}

	/** A report's transaction that has read users and stays open for a minute, on a thread of its own. */
	private static Thread openReport(DatabaseTarget database) throws SQLException, InterruptedException {
		Connection connection = connect(database);
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.executeQuery("SELECT count(*) FROM users").close();
		}
		Thread report = new Thread(() -> {
			try (connection) {
				Thread.sleep(REPORT.toMillis());
				connection.commit();
			}
			catch (SQLException | InterruptedException ex) {
				System.err.println("load: the report's transaction ended early: " + ex.getMessage());
			}
		}, "report");
		report.start();
		return report;
	}

	private static HikariDataSource pool(DatabaseTarget database) {
		// The service's pool as the starter makes it: on SQLite WAL and a 5 s busy timeout.
		HikariDataSource pool = new PierreDataSourceFactory(Duration.ofSeconds(10), Duration.ofSeconds(5), "WAL")
			.create(new DatabaseUrl(database.kind(), database.url(), database.user(), database.password()));
		pool.setMaximumPoolSize(POOL_SIZE);
		return pool;
	}

	private static List<String> ids(HikariDataSource pool, String table) throws SQLException {
		List<String> ids = new ArrayList<>();
		try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id FROM " + table + " LIMIT " + KEYS)) {
			while (rows.next()) {
				ids.add(rows.getString(1));
			}
		}
		return ids;
	}

	private static Connection connect(DatabaseTarget database) throws SQLException {
		return DriverManager.getConnection(database.url(), database.user(), database.password());
	}

}
