package io.pierre.schema.sql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.jdbc.DatabaseKind;
import org.sqlite.SQLiteDataSource;

import org.springframework.util.FileSystemUtils;

/**
 * Writes {@link SqliteTemplate} at build time: a SQLite database that the starter's migrator
 * brought to the newest Pierre schema as a compilation's database is migrated (no service
 * migrations), vacuumed and in the rollback journal mode, so that a copy is small and opens as it
 * is; then its {@link SqliteTemplateKey}. The Maven build runs it once the tests are compiled,
 * before the tests and the jar need the template; it lives with the tests, out of the jar.
 */
public final class SqliteTemplateWriter {

	private SqliteTemplateWriter() {
	}

	/**
	 * Writes the template and its key.
	 * @param args the classes folder
	 * @throws IOException if a file cannot be written
	 * @throws SQLException if the database cannot be vacuumed
	 */
	public static void main(String[] args) throws IOException, SQLException {
		Path classes = Path.of(args[0]);
		MigrationCatalog catalog = MigrationCatalog.load(SqliteTemplateWriter.class.getClassLoader());
		// The migrator's lock file and the journal stay in a folder of their own.
		Path work = Files.createTempDirectory("pierre-sql-template-");
		try {
			Path file = work.resolve("pierre.db");
			SQLiteDataSource dataSource = SqliteCheckDatabases.dataSource(file);
			SchemaTarget.of(catalog, null, OwnMigrations.NONE).migrate(dataSource, DatabaseKind.SQLITE);
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("PRAGMA journal_mode = DELETE");
				statement.execute("VACUUM");
			}
			Path template = classes.resolve(SqliteTemplate.DATABASE);
			Files.createDirectories(template.getParent());
			Files.copy(file, template, StandardCopyOption.REPLACE_EXISTING);
			Files.writeString(classes.resolve(SqliteTemplate.KEY), SqliteTemplateKey.of(catalog) + "\n",
					StandardCharsets.UTF_8);
		}
		finally {
			FileSystemUtils.deleteRecursively(work);
		}
	}

}
