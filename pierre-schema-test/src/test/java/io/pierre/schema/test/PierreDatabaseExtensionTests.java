package io.pierre.schema.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.jdbc.DatabaseKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test classes that take their databases as parameters, run through the JUnit engine to see
 * what each test got and what is left when they end.
 */
class PierreDatabaseExtensionTests {

	private static final MigrationCatalog CATALOG = MigrationCatalog.load(PierreDatabaseExtensionTests.class.getClassLoader());

	@Test
	void eachTestGetsItsOwnMigratedDatabaseOfEachKindDroppedWhenItEnds() throws Exception {
		PerTest.seen.clear();
		RunResults.run(PerTest.class)
			.testEvents()
			.assertStatistics((stats) -> stats.started(2).succeeded(2));
		assertThat(PerTest.seen).hasSize(4).doesNotHaveDuplicates();
		for (MigratedDatabase database : PerTest.seen) {
			assertThat(exists(database)).as(database.toString()).isFalse();
		}
	}

	@Test
	void aDatabaseAskedForBeforeAllIsTheClassesAndSharedByItsTests() throws Exception {
		PerClass.seen.clear();
		RunResults.run(PerClass.class)
			.testEvents()
			.assertStatistics((stats) -> stats.started(2).succeeded(2));
		assertThat(PerClass.seen).hasSize(3).containsOnly(PerClass.seen.get(0));
		assertThat(exists(PerClass.seen.get(0))).isFalse();
	}

	private static boolean exists(MigratedDatabase database) throws Exception {
		if (database.kind() == DatabaseKind.SQLITE) {
			return Files.exists(Path.of(database.jdbcUrl().substring("jdbc:sqlite:".length())).getParent());
		}
		return TestDatabases.postgresDatabaseExists(TestDatabases.databaseName(database.jdbcUrl()));
	}

	@Fixture
	@ExtendWith(PierreDatabaseExtension.class)
	static class PerTest {

		static final List<MigratedDatabase> seen = new ArrayList<>();

		@Test
		void first(MigratedDatabase sqlite, @PierreDatabase(DatabaseKind.POSTGRESQL) MigratedDatabase postgres,
				@PierreDatabase(DatabaseKind.POSTGRESQL) DataSource postgresDataSource) throws Exception {
			check(sqlite, postgres, postgresDataSource);
		}

		@Test
		void second(MigratedDatabase sqlite, @PierreDatabase(DatabaseKind.POSTGRESQL) MigratedDatabase postgres,
				@PierreDatabase(DatabaseKind.POSTGRESQL) DataSource postgresDataSource) throws Exception {
			check(sqlite, postgres, postgresDataSource);
		}

		private void check(MigratedDatabase sqlite, MigratedDatabase postgres, DataSource postgresDataSource)
				throws Exception {
			assertThat(sqlite.kind()).isEqualTo(DatabaseKind.SQLITE);
			assertThat(postgres.kind()).isEqualTo(DatabaseKind.POSTGRESQL);
			assertThat(TestDatabases.queryForString(sqlite.dataSource(),
					"SELECT count(*) FROM pierre_schema_history WHERE success = 1"))
				.isEqualTo(String.valueOf(CATALOG.versions().size()));
			assertThat(TestDatabases.queryForString(postgresDataSource, "SELECT current_database()"))
				.isEqualTo(TestDatabases.databaseName(postgres.jdbcUrl()));
			assertThat(TestDatabases.queryForString(postgresDataSource,
					"SELECT max(version) FROM pierre_schema_history WHERE success"))
				.isEqualTo(CATALOG.newestVersion(DatabaseKind.SQLITE).text());
			// What one test writes, the next does not see.
			assertThat(TestDatabases.queryForString(sqlite.dataSource(), "SELECT count(*) FROM users")).isEqualTo("0");
			try (var connection = sqlite.dataSource().getConnection(); var statement = connection.createStatement()) {
				statement.execute("INSERT INTO users (id, email, password_hash, created_at, last_active) "
						+ "VALUES ('u1', 'a@example.com', 'x', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')");
			}
			seen.add(sqlite);
			seen.add(postgres);
		}

	}

	@Fixture
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	@ExtendWith(PierreDatabaseExtension.class)
	static class PerClass {

		static final List<MigratedDatabase> seen = new ArrayList<>();

		@BeforeAll
		void database(MigratedDatabase database) {
			seen.add(database);
		}

		@BeforeEach
		void sameDatabase(MigratedDatabase database) {
			seen.add(database);
		}

		@Test
		void one() {
		}

		@Test
		void two() {
		}

	}

}
