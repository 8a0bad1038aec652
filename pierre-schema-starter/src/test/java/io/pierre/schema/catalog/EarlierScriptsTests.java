package io.pierre.schema.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.pierre.schema.flyway.FlywayMigrationRunner;
import io.pierre.schema.history.HistoryTable;
import io.pierre.schema.history.MigrationInfo;
import io.pierre.schema.history.MigrationState;
import io.pierre.schema.history.SchemaStatus;
import io.pierre.schema.inspect.SchemaComparator;
import io.pierre.schema.inspect.SchemaInspector;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.testsupport.DatabaseRows;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PopulatedDatabase;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The earlier texts of rewritten scripts ({@link MigrationCatalog#EARLIER_CHECKSUMS}), kept under
 * {@code earlier-scripts/<database>/} in the test resources: each has the checksum the list gives,
 * and a database that ran it, with orphans to remove and rows in every table, counts it as applied,
 * upgrades on and ends with the schema, the rows and the history that the current text gives.
 */
class EarlierScriptsTests {

	private static final String EARLIER_SCRIPTS = "earlier-scripts";

	static Stream<CatalogEntry> sqliteRewrites() {
		return rewrites(DatabaseKind.SQLITE);
	}

	static Stream<CatalogEntry> postgresqlRewrites() {
		return rewrites(DatabaseKind.POSTGRESQL);
	}

	private static Stream<CatalogEntry> rewrites(DatabaseKind kind) {
		return Migrations.CATALOG.entries(kind).stream().filter((entry) -> !entry.earlierChecksums().isEmpty());
	}

	@ParameterizedTest(name = "SQLite {0}")
	@MethodSource("sqliteRewrites")
	void sqliteEarlierTextHasItsChecksum(CatalogEntry entry) throws IOException {
		assertThat(entry.earlierChecksums()).contains(checksum(DatabaseKind.SQLITE, entry));
	}

	@ParameterizedTest(name = "PostgreSQL {0}")
	@MethodSource("postgresqlRewrites")
	void postgresqlEarlierTextHasItsChecksum(CatalogEntry entry) throws IOException {
		assertThat(entry.earlierChecksums()).contains(checksum(DatabaseKind.POSTGRESQL, entry));
	}

	@ParameterizedTest(name = "SQLite {0}")
	@MethodSource("sqliteRewrites")
	void sqliteDatabaseThatRanTheEarlierTextUpgradesAsWithTheCurrentOne(CatalogEntry entry, @TempDir Path directory)
			throws Exception {
		assertUpgradesAfterEarlierText(DatabaseKind.SQLITE, entry, TestSqlite.dataSource(directory.resolve("pierre.db")),
				directory.resolve("scripts"));
	}

	@ParameterizedTest(name = "PostgreSQL {0}")
	@MethodSource("postgresqlRewrites")
	void postgresqlDatabaseThatRanTheEarlierTextUpgradesAsWithTheCurrentOne(CatalogEntry entry,
			@TempDir Path directory) throws Exception {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			assertUpgradesAfterEarlierText(DatabaseKind.POSTGRESQL, entry, database.dataSource(),
					directory.resolve("scripts"));
		}
	}

	private void assertUpgradesAfterEarlierText(DatabaseKind kind, CatalogEntry entry, DataSource dataSource,
			Path scripts) throws Exception {
		String version = entry.version().text();
		String before = Migrations.versions().get(Migrations.versions().indexOf(version) - 1);
		PopulatedDatabase database = PopulatedDatabase.create(dataSource, before, 2);
		try (URLClassLoader earlier = classLoaderWithEarlierText(kind, entry, scripts)) {
			new FlywayMigrationRunner(HistoryTable.defaults(), entry.version(), earlier).migrate(dataSource, kind);
		}
		assertThat(Migrations.queryForString(dataSource,
				"SELECT checksum FROM " + HistoryTable.DEFAULT_NAME + " WHERE version = '" + version + "'"))
			.isNotEqualTo(Integer.toString(entry.checksum()));

		SchemaStatus status = Migrations.migrator(dataSource, null).status();
		assertThat(status.migrations().stream().filter((migration) -> migration.version().equals(entry.version())))
			.extracting(MigrationInfo::state)
			.containsExactly(MigrationState.APPLIED);
		Migrations.migrator(dataSource, null).migrate();

		String newest = Migrations.newestVersion();
		assertThat(DatabaseRows.read(dataSource, Migrations.newestSchema()).differencesFrom(database.expectedAt(newest)))
			.isEmpty();
		assertThat(SchemaComparator.compare(Migrations.newestSchema(),
				new SchemaInspector(Migrations.inspectionOptions()).inspect(dataSource)))
			.isEmpty();
		assertThat(Migrations.history(dataSource)).isEqualTo(Migrations.cleanHistoryUpTo(newest));
		assertThat(Migrations.queryForString(dataSource,
				"SELECT checksum FROM " + HistoryTable.DEFAULT_NAME + " WHERE version = '" + version + "'"))
			.isEqualTo(Integer.toString(entry.checksum()));
	}

	/**
	 * The embedded scripts of one database with the earlier text in place of the current one, and
	 * nothing else: the parent is the platform class loader, so Flyway finds each version once.
	 */
	private static URLClassLoader classLoaderWithEarlierText(DatabaseKind kind, CatalogEntry entry, Path root)
			throws IOException {
		for (CatalogEntry each : Migrations.CATALOG.entries(kind)) {
			Path target = root.resolve(MigrationLocations.ROOT).resolve(each.script());
			Files.createDirectories(target.getParent());
			try (InputStream script = (each == entry) ? earlierText(kind, entry) : embedded(each)) {
				Files.copy(script, target);
			}
		}
		return new URLClassLoader(new URL[] { root.toUri().toURL() }, ClassLoader.getPlatformClassLoader());
	}

	private static int checksum(DatabaseKind kind, CatalogEntry entry) throws IOException {
		try (Reader reader = new InputStreamReader(earlierText(kind, entry), StandardCharsets.UTF_8)) {
			return FlywayChecksum.of(reader);
		}
	}

	private static InputStream earlierText(DatabaseKind kind, CatalogEntry entry) {
		return resource(EARLIER_SCRIPTS + "/" + kind.id() + "/" + Path.of(entry.script()).getFileName());
	}

	private static InputStream embedded(CatalogEntry entry) {
		return resource(MigrationLocations.ROOT + "/" + entry.script());
	}

	private static InputStream resource(String name) {
		InputStream input = EarlierScriptsTests.class.getClassLoader().getResourceAsStream(name);
		if (input == null) {
			throw new UncheckedIOException(new IOException(name + " is not on the test class path"));
		}
		return input;
	}

}
