package io.pierre.schema.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.history.HistoryTable;
import io.pierre.schema.jdbc.DatabaseKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template that the build embeds: what the migrator makes of a fresh database at the newest
 * version, with a key that this build's catalog matches, in a file that opens as it is.
 */
class SqliteTemplateTests {

	private static final String SCHEMA = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name";

	private static final String HISTORY = "SELECT version, description, type, script, checksum, success FROM "
			+ HistoryTable.DEFAULT_NAME + " ORDER BY installed_rank";

	@TempDir
	Path folder;

	private final ClassLoader classLoader = getClass().getClassLoader();

	private final SchemaTarget newest = SchemaTarget.of(MigrationCatalog.load(this.classLoader), null,
			OwnMigrations.NONE);

	@Test
	void templateHasTheSchemaAndHistoryOfAFreshMigrationToTheNewestVersion() throws SQLException {
		Path template = this.folder.resolve("template.db");
		SqliteTemplate.in(this.classLoader).copyTo(template);
		Path fresh = this.folder.resolve("fresh.db");
		this.newest.migrate(SqliteCheckDatabases.dataSource(fresh), DatabaseKind.SQLITE);
		assertThat(rows(template, SCHEMA)).isNotEmpty().isEqualTo(rows(fresh, SCHEMA));
		assertThat(rows(template, HISTORY)).isNotEmpty()
			.isEqualTo(rows(fresh, HISTORY))
			.last()
			.asString()
			.startsWith(this.newest.version().text() + "\t");
	}

	@Test
	void keyMatchesTheCatalogOfThisBuild() {
		assertThat(SqliteTemplate.in(this.classLoader).holds(this.newest)).isTrue();
	}

	@Test
	void templateIsVacuumedInTheRollbackJournalMode() throws SQLException {
		Path template = this.folder.resolve("template.db");
		SqliteTemplate.in(this.classLoader).copyTo(template);
		assertThat(rows(template, "PRAGMA journal_mode")).containsExactly("delete");
		assertThat(rows(template, "PRAGMA freelist_count")).containsExactly("0");
		assertThat(rows(template, "PRAGMA integrity_check")).containsExactly("ok");
	}

	/** The rows of a query, their columns joined by tabs, on a connection without settings. */
	private static List<String> rows(Path file, String sql) throws SQLException {
		SQLiteDataSource dataSource = new SQLiteDataSource();
		dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
		List<String> rows = new ArrayList<>();
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				List<String> values = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					values.add(result.getString(i));
				}
				rows.add(String.join("\t", values));
			}
		}
		return rows;
	}

}
