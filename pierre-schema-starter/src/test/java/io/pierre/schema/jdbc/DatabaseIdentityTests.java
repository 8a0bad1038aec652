package io.pierre.schema.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database known by what it is, on real SQLite files and a real PostgreSQL server.
 */
class DatabaseIdentityTests {

	@Test
	void sqliteFileByALinkAndAWrapperIsOneDatabase(@TempDir Path dir) throws IOException, SQLException {
		Path file = dir.resolve("users.db");
		TestSqlite.execute(file, "CREATE TABLE t (id INTEGER)");
		Path link = Files.createSymbolicLink(dir.resolve("link.db"), file);
		DatabaseIdentity direct = DatabaseIdentity.of(TestSqlite.dataSource(file)).orElseThrow();
		assertThat(DatabaseIdentity.of(new DelegatingDataSource(TestSqlite.dataSource(link)))).contains(direct);
		assertThat(direct.database()).isEqualTo(file.toRealPath().toString());
		assertThat(DatabaseIdentity.of(TestSqlite.dataSource(dir.resolve("other.db")))).isPresent()
			.isNotEqualTo(Optional.of(direct));
	}

	@Test
	void sqliteInMemoryHasNoIdentity() throws SQLException {
		SQLiteDataSource memory = new SQLiteDataSource();
		memory.setUrl("jdbc:sqlite::memory:");
		assertThat(DatabaseIdentity.of(memory)).isEmpty();
	}

	@Test
	void postgresqlDatabaseByTwoUrlsIsOneAndAnotherDatabaseIsNot() throws SQLException {
		try (PostgresDatabase one = TestPostgres.createDatabase(); PostgresDatabase other = TestPostgres.createDatabase()) {
			DatabaseIdentity identity = DatabaseIdentity.of(one.dataSource()).orElseThrow();
			assertThat(identity.database()).isEqualTo(one.name());
			assertThat(identity.schema()).isEqualTo("public");
			assertThat(DatabaseIdentity.of(new DriverManagerDataSource(one.url() + "?ApplicationName=another",
					one.username(), one.password())))
				.contains(identity);
			DatabaseIdentity otherIdentity = DatabaseIdentity.of(other.dataSource()).orElseThrow();
			assertThat(otherIdentity).isNotEqualTo(identity);
			assertThat(otherIdentity.server()).isEqualTo(identity.server());
			assertThat(identity.inSchema("app")).isNotEqualTo(identity)
				.isEqualTo(new DatabaseIdentity(DatabaseKind.POSTGRESQL, identity.server(), one.name(), "app"));
		}
	}

}
