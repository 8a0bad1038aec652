package io.pierre.schema.inspect;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.flyway.FlywayMigrationRunner;
import io.pierre.schema.history.HistoryTable;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations against the contract: after every version, on SQLite and on PostgreSQL, the live
 * schema equals that version's expected JSON, and so do the rows the migrations seed. One database
 * per kind is migrated one version at a time, which also proves that each version applies on top
 * of the one before.
 */
class SchemaContractTests {

	/** ISO-8601 UTC, as the schema stores timestamps. */
	private static final String ISO_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";

	/** SQLite's datetime('now'), what a column that defaults to the current time holds. */
	private static final String SQLITE_NOW = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}";

	private static final String NOW_DEFAULT = "datetime('now')";

	@Test
	void everyVersionHasItsExpectedSchema() {
		List<String> versions = Migrations.versions();
		assertThat(versions).first().isEqualTo("20250120000001");
		// Numbers the server never used.
		assertThat(versions).doesNotContain("20250120000016", "20250120000027", "20250120000028", "20250120000029",
				"20250120000033");
		assertThat(Migrations.expected("20250120000021").tables()).hasSize(44);
	}

	@Test
	void sqliteEqualsTheContractAfterEveryVersion(@TempDir Path directory) throws SQLException {
		assertEveryVersion(TestSqlite.dataSource(directory.resolve("pierre.db")), DatabaseKind.SQLITE);
	}

	@Test
	void postgresqlEqualsTheContractAfterEveryVersion() throws SQLException {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			assertEveryVersion(database.dataSource(), DatabaseKind.POSTGRESQL);
		}
	}

	private void assertEveryVersion(DataSource dataSource, DatabaseKind kind) throws SQLException {
		List<String> versions = Migrations.versions();
		Set<String> seededTables = new TreeSet<>();
		versions.forEach((version) -> seededTables.addAll(Migrations.expected(version).rows().keySet()));
		SchemaInspector inspector = new SchemaInspector(Migrations.inspectionOptions().withRowTables(seededTables));
		SoftAssertions softly = new SoftAssertions();
		int timestampsSeen = 0;
		int timestampsSeeded = 0;
		for (String version : versions) {
			int applied = new FlywayMigrationRunner(HistoryTable.defaults(), SchemaVersion.of(version),
					getClass().getClassLoader())
				.migrate(dataSource, kind);
			softly.assertThat(applied).as("%s: versions applied up to %s", kind, version).isEqualTo(1);
			NormalizedSchema want = Migrations.expected(version);
			NormalizedSchema found = inspector.inspect(dataSource);
			softly.assertThat(SchemaComparator.compare(want, found))
				.as("%s after %s: differences from the contract", kind, version)
				.isEmpty();
			softly.assertThat(found.rows()).as("%s after %s: seeded rows", kind, version).isEqualTo(want.rows());
			softly.assertThat(ReferenceRowComparator.compare(want, found))
				.as("%s after %s: reference row differences", kind, version)
				.isEmpty();
			for (String table : want.rows().keySet()) {
				ColumnSchema createdAt = want.table(table).columns().get("created_at");
				String format = (createdAt != null && NOW_DEFAULT.equals(createdAt.defaultValue())) ? SQLITE_NOW : ISO_UTC;
				for (String timestamp : timestamps(dataSource, table)) {
					softly.assertThat(timestamp).as("%s after %s: a timestamp of %s", kind, version, table).matches(format);
					timestampsSeen++;
				}
				timestampsSeeded += want.rows().get(table).size() * timestampColumns(want.table(table));
			}
		}
		softly.assertAll();
		// system_settings' row and the tool catalog's have two timestamps each.
		assertThat(timestampsSeen).as("seeded timestamps checked").isPositive().isEqualTo(timestampsSeeded);
	}

	private static int timestampColumns(TableSchema table) {
		return (int) List.of("created_at", "updated_at").stream().filter(table.columns()::containsKey).count();
	}

	/** The created_at/updated_at values of a table's rows, where the table has those columns. */
	private static List<String> timestamps(DataSource dataSource, String table) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
			while (rows.next()) {
				for (String column : List.of("created_at", "updated_at")) {
					if (hasColumn(rows, column)) {
						values.add(rows.getString(column));
					}
				}
			}
		}
		return values;
	}

	private static boolean hasColumn(ResultSet rows, String column) throws SQLException {
		for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
			if (rows.getMetaData().getColumnName(i).equalsIgnoreCase(column)) {
				return true;
			}
		}
		return false;
	}

}
