package io.pierre.schema.flyway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache of a SQLite migration, sized on real files: twice the tables, with their indexes,
 * that the largest pending version rewrites, measured against a file that holds such a table
 * alone; within the upper bound and the machine's share; never under SQLite's own default.
 */
class SqliteMigrationCacheTests {

	private static final DataSize PLENTY = DataSize.ofGigabytes(1);

	private static final String[] BIG = { "CREATE TABLE big (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)",
			"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)"
					+ " INSERT INTO big SELECT i, printf('%0200d', i) FROM n" };

	@TempDir
	Path dir;

	private Connection connection;

	/** The bytes of big's pages and its index's: a file of its own, without its first page, the schema's. */
	private long bigBytes;

	@BeforeEach
	void createDatabase() throws SQLException, java.io.IOException {
		Path alone = this.dir.resolve("alone.db");
		try (Connection single = DriverManager.getConnection("jdbc:sqlite:" + alone)) {
			execute(single, BIG);
		}
		this.bigBytes = Files.size(alone) - 4096;
		this.connection = DriverManager.getConnection("jdbc:sqlite:" + this.dir.resolve("pierre.db"));
		execute(this.connection, BIG);
		execute(this.connection, "CREATE TABLE small (id TEXT NOT NULL PRIMARY KEY)",
				"INSERT INTO small VALUES ('a'), ('b')");
	}

	@AfterEach
	void close() throws SQLException {
		this.connection.close();
	}

	@Test
	void cacheIsTwiceWhatTheLargestVersionRewrites() throws SQLException {
		assertThat(this.bigBytes).as("a table of several MB").isGreaterThan(4 * 1024 * 1024);
		assertThat(size(PLENTY, List.of(Set.of("big")), PLENTY).toBytes()).isEqualTo(2 * this.bigBytes);
		// The largest version, not the sum of them: one version's pages are reused by the next.
		assertThat(size(PLENTY, List.of(Set.of("big"), Set.of("big"), Set.of("small")), PLENTY).toBytes())
			.isEqualTo(2 * this.bigBytes);
	}

	@Test
	void cacheStaysWithinTheUpperBoundAndTheMachinesShare() throws SQLException {
		DataSize less = DataSize.ofMegabytes(3);
		assertThat(size(less, List.of(Set.of("big")), PLENTY)).isEqualTo(less);
		assertThat(size(PLENTY, List.of(Set.of("big")), less)).isEqualTo(less);
	}

	@Test
	void cacheIsNeverUnderSqlitesOwnDefault() throws SQLException {
		assertThat(size(PLENTY, List.of(Set.of("small")), PLENTY)).isEqualTo(DataSize.ofKilobytes(2000));
		assertThat(size(PLENTY, List.of(Set.of("not_yet_created")), PLENTY)).isEqualTo(DataSize.ofKilobytes(2000));
		assertThat(SqliteMigrationCache.nothingRewritten(PLENTY).size(this.connection, PLENTY))
			.isEqualTo(DataSize.ofKilobytes(2000));
	}

	private DataSize size(DataSize upperBound, List<Set<String>> rewrites, DataSize memoryShare) throws SQLException {
		return new SqliteMigrationCache(upperBound, rewrites).size(this.connection, memoryShare);
	}

	private static void execute(Connection connection, String... statements) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

}
