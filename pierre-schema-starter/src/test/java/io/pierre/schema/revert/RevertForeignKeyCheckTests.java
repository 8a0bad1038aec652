package io.pierre.schema.revert;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.pierre.schema.catalog.CatalogEntry;
import io.pierre.schema.catalog.MigrationIndexWriter;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.flyway.FlywayMigrationRunner;
import io.pierre.schema.history.HistoryTable;
import io.pierre.schema.inspect.SchemaComparator;
import io.pierre.schema.inspect.SchemaInspector;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.jdbc.JdbcTables;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.TestSqlite;
import io.pierre.schema.tools.ScratchResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A SQLite down script runs with enforcement off, so the revert checks the foreign keys of what
 * the script changed before it commits, as a version applied is checked: here a down script that
 * creates a table with a row whose parent does not exist is refused, and the database stays at
 * the newest version.
 */
class RevertForeignKeyCheckTests {

	private static final Path RESOURCES = Path.of("src", "main", "resources", "db", "pierre");

	@TempDir
	Path dir;

	@Test
	void downScriptThatBreaksAKeyInATableItCreatesIsRefused() throws Exception {
		Path root = this.dir.resolve("resources");
		FileSystemUtils.copyRecursively(RESOURCES, root.resolve("db/pierre"));
		// What the build does for the jar: the catalog's index of the scripts.
		MigrationIndexWriter.main(new String[] { root.toString() });
		ScratchResources scripts = new ScratchResources(root, getClass().getClassLoader());
		MigrationCatalog catalog = MigrationCatalog.load(scripts);
		CatalogEntry newest = catalog.entries(DatabaseKind.SQLITE).get(catalog.entries(DatabaseKind.SQLITE).size() - 1);
		String version = newest.version().text();
		Path downScript = root.resolve(new RevertScripts(scripts)
			.find(DatabaseKind.SQLITE, version, newest.description())
			.orElseThrow());
		Files.writeString(downScript, "\nCREATE TABLE orphan_notes (id TEXT NOT NULL PRIMARY KEY,"
				+ " user_id TEXT NOT NULL REFERENCES users (id));\n"
				+ "INSERT INTO orphan_notes (id, user_id) VALUES ('n1', 'nobody');\n", StandardCharsets.UTF_8,
				StandardOpenOption.APPEND);
		DataSource dataSource = TestSqlite.dataSource(this.dir.resolve("revert.db"));
		new FlywayMigrationRunner(HistoryTable.defaults(), null, scripts).migrate(dataSource, DatabaseKind.SQLITE);

		VersionReverter reverter = new VersionReverter(catalog, HistoryTable.DEFAULT_NAME, null);
		assertThatExceptionOfType(RevertException.class)
			.isThrownBy(() -> reverter.revert(dataSource, DatabaseKind.SQLITE,
					new VersionReverter.Step(version, newest.description()), false))
			.withMessage("Reverting version " + version + " would leave 1 rows without their parent row, e.g. "
					+ "[orphan_notes rowid 1 -> users]; nothing was changed");

		assertThat(SchemaComparator.compare(Migrations.newestSchema(),
				new SchemaInspector(Migrations.inspectionOptions()).inspect(dataSource)))
			.isEmpty();
		assertThat(Migrations.history(dataSource)).isEqualTo(Migrations.cleanHistoryUpTo(Migrations.newestVersion()));
		try (Connection connection = dataSource.getConnection()) {
			assertThat(JdbcTables.exists(connection, null, "orphan_notes")).isFalse();
		}
	}

}
