package io.pierre.schema.adoption;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.pierre.schema.catalog.CatalogEntry;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.catalog.MigrationLocations;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.flyway.FlywayMigrationRunner;
import io.pierre.schema.history.HistoryTable;
import io.pierre.schema.jdbc.DatabaseKind;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds a database as the Pierre server's sqlx migrations leave it: the schema at a version, no
 * history table of the starter's, and {@code _sqlx_migrations} filled as sqlx fills it (the
 * checksum is the SHA-384 of each script).
 */
final class SqlxDatabase {

	private static final ClassLoader CLASS_LOADER = SqlxDatabase.class.getClassLoader();

	private SqlxDatabase() {
	}

	static void build(DataSource dataSource, DatabaseKind kind, String version) throws SQLException {
		new FlywayMigrationRunner(new HistoryTable("sqlx_build_history", null), SchemaVersion.of(version),
				CLASS_LOADER)
			.migrate(dataSource, kind);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("DROP TABLE sqlx_build_history");
		jdbc.execute("CREATE TABLE _sqlx_migrations (version BIGINT PRIMARY KEY, description TEXT NOT NULL, "
				+ "installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, success BOOLEAN NOT NULL, "
				+ "checksum " + ((kind == DatabaseKind.SQLITE) ? "BLOB" : "BYTEA") + " NOT NULL, "
				+ "execution_time BIGINT NOT NULL)");
		for (CatalogEntry entry : MigrationCatalog.load(CLASS_LOADER).entries(kind)) {
			if (entry.version().text().compareTo(version) <= 0) {
				jdbc.update("INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) "
						+ "VALUES (?, ?, ?, ?, ?)", Long.parseLong(entry.version().text()), entry.description(), true,
						sha384(entry.script()), 1_000_000L);
			}
		}
	}

	private static byte[] sha384(String script) {
		try (InputStream input = CLASS_LOADER.getResourceAsStream(MigrationLocations.ROOT + "/" + script)) {
			return MessageDigest.getInstance("SHA-384").digest(input.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
