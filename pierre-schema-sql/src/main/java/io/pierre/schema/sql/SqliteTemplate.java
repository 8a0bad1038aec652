package io.pierre.schema.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The SQLite database that this module's build brought to the newest Pierre schema with the
 * starter's migrator, and the key of what it was built from. A compilation at that schema copies
 * it instead of running the migrator (Flyway, every version and its checks), which was most of
 * what the processor added to a compilation.
 */
final class SqliteTemplate {

	/** The database's path on the class path. */
	static final String DATABASE = "META-INF/pierre-sql/sqlite-template.db";

	/** The path of its key, a {@link SqliteTemplateKey} on one line. */
	static final String KEY = "META-INF/pierre-sql/sqlite-template.key";

	private final ClassLoader classLoader;

	private final String key;

	private SqliteTemplate(ClassLoader classLoader, String key) {
		this.classLoader = classLoader;
		this.key = key;
	}

	/**
	 * Finds the template that a class loader embeds.
	 * @param classLoader the class loader that holds this module
	 * @return the template, which holds no target where the class loader has none
	 */
	static SqliteTemplate in(ClassLoader classLoader) {
		try (InputStream key = classLoader.getResourceAsStream(KEY)) {
			return new SqliteTemplate(classLoader,
					(key != null) ? new String(key.readAllBytes(), StandardCharsets.UTF_8).strip() : null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + KEY, ex);
		}
	}

	/**
	 * Whether it is a target's Pierre schema: the target is the newest version, and the template
	 * was built from the scripts of the target's catalog by the SQLite at hand.
	 * @param target the target
	 * @return whether copying it stands in for migrating
	 */
	boolean holds(SchemaTarget target) {
		return this.key != null && target.isNewest() && this.key.equals(SqliteTemplateKey.of(target.catalog()));
	}

	/**
	 * Writes the database to a file.
	 * @param file where, not there yet
	 */
	void copyTo(Path file) {
		try (InputStream database = this.classLoader.getResourceAsStream(DATABASE)) {
			if (database == null) {
				throw new IllegalStateException(DATABASE + " is missing beside " + KEY);
			}
			Files.copy(database, file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not copy " + DATABASE + " to " + file, ex);
		}
	}

}
