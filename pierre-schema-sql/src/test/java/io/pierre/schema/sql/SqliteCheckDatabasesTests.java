package io.pierre.schema.sql;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.catalog.SchemaVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a compilation's SQLite database comes from: a copy of the template at the newest Pierre
 * schema, the migrator otherwise. The templates here hold one table of their own and no Pierre
 * table, so that a statement on either says which made the database.
 */
class SqliteCheckDatabasesTests {

	private static final String ON_MARKER = "SELECT id FROM template_marker";

	private static final String ON_USERS = "SELECT id FROM users";

	@TempDir
	Path folder;

	private final MigrationCatalog catalog = MigrationCatalog.load(getClass().getClassLoader());

	@Test
	void newestTargetIsACopyOfTheTemplateThatTheMigratorDoesNotTouch() throws Exception {
		try (URLClassLoader template = markerTemplate(SqliteTemplateKey.of(this.catalog));
				CheckDatabase database = create(template, null)) {
			assertThat(prepare(database, ON_MARKER)).isNull();
			// The migrator, run on the copy, would have added the Pierre schema.
			assertThat(prepare(database, ON_USERS)).contains("no such table: users");
		}
	}

	@Test
	void olderTargetIsMigratedToThatVersion() throws Exception {
		List<SchemaVersion> versions = this.catalog.versions();
		try (URLClassLoader template = markerTemplate(SqliteTemplateKey.of(this.catalog));
				CheckDatabase database = create(template, versions.get(0))) {
			assertThat(prepare(database, ON_USERS)).isNull();
			// The first version has the users table only.
			assertThat(prepare(database, "SELECT id FROM api_keys")).contains("no such table: api_keys");
			assertThat(prepare(database, ON_MARKER)).contains("no such table: template_marker");
		}
	}

	@Test
	void templateOfAnotherCatalogIsNotCopied() throws Exception {
		String key = SqliteTemplateKey.of(this.catalog);
		int digit = key.indexOf("scripts-sha256:") + "scripts-sha256:".length();
		String otherKey = key.substring(0, digit) + ((key.charAt(digit) == '0') ? '1' : '0') + key.substring(digit + 1);
		try (URLClassLoader template = markerTemplate(otherKey); CheckDatabase database = create(template, null)) {
			assertThat(prepare(database, ON_USERS)).isNull();
			assertThat(prepare(database, ON_MARKER)).contains("no such table: template_marker");
		}
	}

	@Test
	void withoutTemplateTheNewestVersionIsMigrated() throws Exception {
		try (URLClassLoader nothing = new URLClassLoader(new URL[0], null);
				CheckDatabase database = create(nothing, null)) {
			assertThat(prepare(database, ON_USERS)).isNull();
		}
	}

	private CheckDatabase create(ClassLoader template, SchemaVersion target) {
		return new SqliteCheckDatabases(SqliteTemplate.in(template))
			.create(SchemaTarget.of(this.catalog, target, OwnMigrations.NONE));
	}

	/** The error of a statement, {@code null} where it prepares. */
	private static String prepare(CheckDatabase database, String sql) {
		return database.prepare(new SqlStatement(null, sql)).error();
	}

	/** A class loader that embeds, alone, a template of one table and a key. */
	private URLClassLoader markerTemplate(String key) throws IOException, SQLException {
		Path root = this.folder.resolve("template");
		Path database = root.resolve(SqliteTemplate.DATABASE);
		Files.createDirectories(database.getParent());
		SQLiteDataSource dataSource = new SQLiteDataSource();
		dataSource.setUrl("jdbc:sqlite:" + database.toAbsolutePath());
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE template_marker (id INTEGER PRIMARY KEY)");
		}
		Files.writeString(root.resolve(SqliteTemplate.KEY), key + "\n");
		return new URLClassLoader(new URL[] { root.toUri().toURL() }, null);
	}

}
