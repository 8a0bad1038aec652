package io.pierre.schema.safety;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SqliteBackup} on real SQLite files.
 */
class SqliteBackupTests {

	private static final Instant NOW = Instant.parse("2025-06-01T09:30:00.123Z");

	@TempDir
	Path dir;

	@Test
	void nameCarriesVersionAndUtcTimestampBeforeTheExtension() {
		assertThat(SqliteBackup.name(this.dir.resolve("users.db"), "20250120000013", NOW).getFileName())
			.hasToString("users.backup-20250120000013-20250601T093000.123Z.db");
		assertThat(SqliteBackup.name(this.dir.resolve("pierre"), "0", NOW).getFileName())
			.hasToString("pierre.backup-0-20250601T093000.123Z");
	}

	@Test
	void copyIsAWholeDatabaseWithTheRows() throws Exception {
		Path file = this.dir.resolve("users.db");
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
			execute(connection, "PRAGMA journal_mode = WAL");
			execute(connection, "CREATE TABLE t (x TEXT)");
			execute(connection, "INSERT INTO t VALUES ('kept')");
			Path backup = new SqliteBackup(3, Clock.fixed(NOW, ZoneOffset.UTC)).backUp(connection, file, "7");
			assertThat(backup).isEqualTo(this.dir.resolve("users.backup-7-20250601T093000.123Z.db")).isRegularFile();
			assertThat(TestSqlite.queryForString(backup, "SELECT x FROM t")).isEqualTo("kept");
		}
		assertThat(this.dir).isDirectoryNotContaining("glob:**.partial");
	}

	@Test
	void copyHoldsTheCommittedRowsWhileAnotherConnectionWrites() throws Exception {
		Path file = this.dir.resolve("users.db");
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
				Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file)) {
			execute(connection, "PRAGMA journal_mode = WAL");
			execute(connection, "CREATE TABLE t (x TEXT)");
			execute(connection, "INSERT INTO t VALUES ('committed')");
			writer.setAutoCommit(false);
			execute(writer, "INSERT INTO t VALUES ('uncommitted')");
			Path backup = new SqliteBackup(3, Clock.fixed(NOW, ZoneOffset.UTC)).backUp(connection, file, "7");
			writer.rollback();
			assertThat(TestSqlite.queryForString(backup, "SELECT group_concat(x) FROM t")).isEqualTo("committed");
		}
	}

	@Test
	void copyThatSqliteCannotWriteFailsNamingTheDestination() throws Exception {
		Path file = this.dir.resolve("users.db");
		// The backup goes beside the file it is named for: here a folder that does not exist.
		Path elsewhere = this.dir.resolve("missing").resolve("users.db");
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
			execute(connection, "CREATE TABLE t (x TEXT)");
			SqliteBackup backup = new SqliteBackup(3, Clock.fixed(NOW, ZoneOffset.UTC));
			// The empty file that SQLite fills cannot be created there.
			assertThatExceptionOfType(UncheckedIOException.class)
				.isThrownBy(() -> backup.backUp(connection, elsewhere, "7"))
				.withMessageContaining(elsewhere.getParent().toString());
		}
		assertThat(this.dir.resolve("missing")).doesNotExist();
	}

	@Test
	void keepsTheNewestAndLeavesOtherFilesAlone() throws Exception {
		Path file = this.dir.resolve("users.db");
		Path unrelated = Files.createFile(this.dir.resolve("users.backup-notes.txt"));
		Path otherDatabase = Files.createFile(this.dir.resolve("other.backup-1-20200101T000000.000Z.db"));
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
			execute(connection, "CREATE TABLE t (x TEXT)");
			for (int i = 0; i < 5; i++) {
				new SqliteBackup(2, Clock.fixed(NOW.plusSeconds(i), ZoneOffset.UTC)).backUp(connection, file,
						Integer.toString(10 + i));
			}
		}
		assertThat(SqliteBackup.list(file)).extracting((path) -> path.getFileName().toString())
			.containsExactly("users.backup-14-20250601T093004.123Z.db", "users.backup-13-20250601T093003.123Z.db");
		assertThat(unrelated).exists();
		assertThat(otherDatabase).exists();
	}

	@Test
	void secondCopyWithinTheSameMillisecondTakesTheNextOne() throws Exception {
		Path file = this.dir.resolve("users.db");
		SqliteBackup backups = new SqliteBackup(3, Clock.fixed(NOW, ZoneOffset.UTC));
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
			execute(connection, "CREATE TABLE t (x TEXT)");
			Path first = backups.backUp(connection, file, "1");
			Path second = backups.backUp(connection, file, "1");
			assertThat(first.getFileName()).hasToString("users.backup-1-20250601T093000.123Z.db");
			assertThat(second.getFileName()).hasToString("users.backup-1-20250601T093000.124Z.db");
			assertThat(SqliteBackup.list(file)).containsExactly(second, first);
		}
	}

	private static void execute(Connection connection, String sql) throws Exception {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
