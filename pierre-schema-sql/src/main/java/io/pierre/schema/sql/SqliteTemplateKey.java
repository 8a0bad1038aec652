package io.pierre.schema.sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.pierre.schema.catalog.CatalogEntry;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.jdbc.DatabaseKind;
import org.sqlite.SQLiteJDBCLoader;

/**
 * What a {@link SqliteTemplate} was built from, so that a compilation whose processor path holds
 * another starter, or another SQLite, migrates instead of copying a schema that is not its own:
 * the newest version, a digest of the SQLite scripts as the catalog's index lists them (names and
 * Flyway checksums, nothing to read but the index) and the version of sqlite-jdbc, which bundles
 * the SQLite library.
 */
final class SqliteTemplateKey {

	private SqliteTemplateKey() {
	}

	/**
	 * The key of a catalog with the sqlite-jdbc at hand.
	 * @param catalog the starter's catalog
	 * @return such as {@code 20260211000001 scripts-sha256:<hex> sqlite-3.50.3.0}
	 */
	static String of(MigrationCatalog catalog) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (CatalogEntry entry : catalog.entries(DatabaseKind.SQLITE)) {
				String line = String.join("\t", entry.version().text(), entry.description(), entry.script(),
						Integer.toString(entry.checksum())) + "\n";
				digest.update(line.getBytes(StandardCharsets.UTF_8));
			}
			return catalog.newestVersion(DatabaseKind.SQLITE).text() + " scripts-sha256:"
					+ HexFormat.of().formatHex(digest.digest()) + " sqlite-" + SQLiteJDBCLoader.getVersion();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
