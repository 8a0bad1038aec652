package io.pierre.schema.safety;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup and the lock file have the database file's permissions, never the wider ones that the
 * umask (022 here) gives new files: the backup holds the same password hashes and tokens. Restored
 * with the README's {@code cp} in place of a lost database, a backup keeps them.
 */
class BackupPermissionsTests {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "rw-------", "rw-r-----" })
	void backupAndLockFileTakeTheDatabaseFilesPermissions(String mode) throws Exception {
		Set<PosixFilePermission> permissions = PosixFilePermissions.fromString(mode);
		Path file = this.dir.resolve("users.db");
		Path backup;
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE secrets (hash TEXT)");
				statement.execute("INSERT INTO secrets VALUES ('argon2-hash')");
			}
			Files.setPosixFilePermissions(file, permissions);
			backup = new SqliteBackups(new BackupPolicy(true, 3), Clock.systemUTC())
				.before(connection, file, "20250120000013", "the test")
				.orElseThrow();
		}
		assertThat(Files.getPosixFilePermissions(backup)).isEqualTo(permissions);
		try (SqliteMigrationLock lock = SqliteMigrationLock.acquire(file)) {
			assertThat(Files.getPosixFilePermissions(SqliteMigrationLock.lockFile(file))).isEqualTo(permissions);
		}
		// The README's restore, in place of a database that is gone, under the usual umask.
		Files.delete(file);
		Process cp = new ProcessBuilder("sh", "-c", "umask 022 && cp \"$0\" \"$1\"", backup.toString(), file.toString())
			.inheritIO()
			.start();
		assertThat(cp.waitFor(1, TimeUnit.MINUTES)).isTrue();
		assertThat(cp.exitValue()).isZero();
		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(permissions);
		assertThat(TestSqlite.queryForString(file, "SELECT hash FROM secrets")).isEqualTo("argon2-hash");
	}

}
