package io.pierre.schema.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.pierre.schema.SchemaMigrationException;
import io.pierre.schema.autoconfigure.PierreDatabaseProperties;
import io.pierre.schema.catalog.CatalogEntry;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.catalog.MigrationLocations;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.history.MigrationInfo;
import io.pierre.schema.history.MigrationState;
import io.pierre.schema.history.SchemaStatus;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.jdbc.JdbcTables;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.migration.PierreSchemaMigrator;

import static io.pierre.schema.jdbc.JdbcTables.quote;

/**
 * The SQL that {@code migrate} would run on one database, printed for a person to read or to
 * apply without the service: {@code psql -1 -f} on PostgreSQL, the {@code sqlite3} shell on
 * SQLite. It holds, in order, the history table as Flyway creates it when there is none, then
 * each pending version's script followed by its history row as Flyway records it, so that the
 * service's next start finds the versions applied. On SQLite each version is guarded as
 * {@link SqliteKeyGuard} says.
 */
final class MigrationScript {

	private static final String SQLX_HISTORY = "_sqlx_migrations";

	private final MigrationCatalog catalog;

	private final ClassLoader classLoader;

	private final MigrationSettings settings;

	private final boolean ignoreFutureVersions;

	MigrationScript(MigrationCatalog catalog, ClassLoader classLoader, PierreDatabaseProperties properties) {
		this.catalog = catalog;
		this.classLoader = classLoader;
		this.settings = properties.toMigrationSettings();
		this.ignoreFutureVersions = properties.isIgnoreFutureVersions();
	}

	/**
	 * Prints the script, reading the database and changing nothing.
	 * @param migrator the migrator on the read-only data source
	 * @param dataSource the read-only data source
	 * @param out where the script goes
	 * @throws SchemaMigrationException if {@code migrate} would refuse the database
	 */
	void print(PierreSchemaMigrator migrator, DataSource dataSource, PrintWriter out) {
		SchemaStatus status = migrator.status();
		refuse(status);
		List<MigrationInfo> pending = status.inState(MigrationState.PENDING);
		String current = status.currentVersion().map(SchemaVersion::toString).orElse("no version");
		if (pending.isEmpty()) {
			out.println("-- Pierre schema: nothing to apply, up to date at " + current);
			return;
		}
		DatabaseKind kind = status.database();
		try (Connection connection = dataSource.getConnection()) {
			if (status.isUnrecorded() && JdbcTables.exists(connection, this.settings.historyTable().schema(), SQLX_HISTORY)) {
				throw new SchemaMigrationException("The database holds the Pierre server's sqlx history ("
						+ SQLX_HISTORY + "), which migrate takes over before applying anything; --dry-run does not "
						+ "cover that: run migrate");
			}
			String schema = (kind == DatabaseKind.SQLITE) ? "main" : postgresSchema(connection);
			String history = quote(schema) + "." + quote(this.settings.historyTable().name());
			boolean historyExists = JdbcTables.exists(connection, (kind == DatabaseKind.SQLITE) ? null : schema,
					this.settings.historyTable().name());
			out.println("-- Pierre schema: dry run of migrate on " + kind.productName() + " " + status.databaseVersion()
					+ ", from " + current + " to " + pending.get(pending.size() - 1).version());
			out.println("-- Versions that would run, in order:");
			pending.forEach((migration) -> out.println("--   " + migration.version() + " " + migration.description()));
			out.println("-- Apply with: " + ((kind == DatabaseKind.SQLITE) ? "sqlite3 <database file> < <this file>"
					: "psql -1 -f <this file> <database>"));
			out.println();
			if (kind == DatabaseKind.SQLITE) {
				printSqlite(out, history, historyExists, pending);
			}
			else {
				printPostgresql(out, schema, history, historyExists, pending);
			}
		}
		catch (SQLException ex) {
			throw new SchemaMigrationException("Could not read the database: " + ex.getMessage(), ex);
		}
	}

	private void printPostgresql(PrintWriter out, String schema, String history, boolean historyExists,
			List<MigrationInfo> pending) {
		out.println("\\set ON_ERROR_STOP on");
		if (this.settings.historyTable().schema() != null) {
			out.println("CREATE SCHEMA IF NOT EXISTS " + quote(schema) + ";");
		}
		out.println("SET search_path TO " + quote(schema) + ";");
		if (!historyExists) {
			out.println();
			out.println("-- The history table, as Flyway creates it");
			out.println("CREATE TABLE " + history + " (\n" + columns("INTEGER", "TIMESTAMP NOT NULL DEFAULT now()",
					"INTEGER", "INT NOT NULL") + "\n);");
			out.println("ALTER TABLE " + history + " ADD CONSTRAINT " + quote(this.settings.historyTable().name() + "_pk")
					+ " PRIMARY KEY (\"installed_rank\");");
			out.println("CREATE INDEX " + quote(this.settings.historyTable().name() + "_s_idx") + " ON " + history
					+ " (\"success\");");
		}
		for (MigrationInfo migration : pending) {
			CatalogEntry entry = entry(DatabaseKind.POSTGRESQL, migration);
			printVersionHeader(out, entry);
			out.println(script(DatabaseKind.POSTGRESQL, entry));
			out.println(historyRow(history, entry, "current_user", "true"));
		}
	}

	private void printSqlite(PrintWriter out, String history, boolean historyExists, List<MigrationInfo> pending) {
		SqliteKeyGuard.printSetup(out);
		if (!historyExists) {
			out.println();
			out.println("-- The history table, as Flyway creates it");
			out.println("CREATE TABLE " + history + " (\n" + columns("INT",
					"TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now'))", "INT", "INT NOT NULL PRIMARY KEY")
					+ "\n);");
			out.println("CREATE INDEX " + quote("main") + "." + quote(this.settings.historyTable().name() + "_s_idx") + " ON "
					+ quote(this.settings.historyTable().name()) + " (\"success\");");
		}
		for (MigrationInfo migration : pending) {
			CatalogEntry entry = entry(DatabaseKind.SQLITE, migration);
			printVersionHeader(out, entry);
			SqliteKeyGuard.printBegin(out);
			out.println(script(DatabaseKind.SQLITE, entry));
			out.println(historyRow(history, entry, "''", "1"));
			SqliteKeyGuard.printCommit(out);
		}
	}

	/** The history table's columns as Flyway declares them; only a few types differ per database. */
	private static String columns(String checksumType, String installedOn, String executionTimeType,
			String installedRank) {
		return String.join(",\n", "    \"installed_rank\" " + installedRank, "    \"version\" VARCHAR(50)",
				"    \"description\" VARCHAR(200) NOT NULL", "    \"type\" VARCHAR(20) NOT NULL",
				"    \"script\" VARCHAR(1000) NOT NULL", "    \"checksum\" " + checksumType,
				"    \"installed_by\" VARCHAR(100) NOT NULL", "    \"installed_on\" " + installedOn,
				"    \"execution_time\" " + executionTimeType + " NOT NULL", "    \"success\" BOOLEAN NOT NULL");
	}

	private static void printVersionHeader(PrintWriter out, CatalogEntry entry) {
		out.println();
		out.println("-- Version " + entry.version() + ": " + entry.description() + " (" + scriptName(entry) + ")");
	}

	private static String historyRow(String history, CatalogEntry entry, String installedBy, String success) {
		return "INSERT INTO " + history + " (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", "
				+ "\"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES ((SELECT COALESCE(MAX("
				+ "\"installed_rank\"), 0) + 1 FROM " + history + "), " + literal(entry.version().text()) + ", "
				+ literal(entry.description()) + ", 'SQL', " + literal(scriptName(entry)) + ", " + entry.checksum()
				+ ", " + installedBy + ", 0, " + success + ");";
	}

	private String script(DatabaseKind kind, CatalogEntry entry) {
		String text = ScriptText.read(this.classLoader, MigrationLocations.ROOT + "/" + entry.script());
		// As Flyway replaces the starter's placeholder when it runs the script.
		return text.replace("${" + MigrationLocations.UTC_NOW_PLACEHOLDER + "}", kind.utcNowExpression());
	}

	private CatalogEntry entry(DatabaseKind kind, MigrationInfo migration) {
		return this.catalog.find(kind, migration.version()).orElseThrow();
	}

	/** What Flyway records as the script: its name within its location. */
	private static String scriptName(CatalogEntry entry) {
		return entry.script().substring(entry.script().lastIndexOf('/') + 1);
	}

	private String postgresSchema(Connection connection) throws SQLException {
		if (this.settings.historyTable().schema() != null) {
			return this.settings.historyTable().schema();
		}
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT current_schema()")) {
			if (!result.next() || result.getString(1) == null) {
				throw new SchemaMigrationException("The connection has no current schema (search_path); "
						+ "set pierre.database.schema");
			}
			return result.getString(1);
		}
	}

	private void refuse(SchemaStatus status) {
		refuseIn(status, MigrationState.FAILED, "records failed migrations; undo what they did, then run repair");
		refuseIn(status, MigrationState.MODIFIED, "holds applied versions whose scripts changed; see repair");
		refuseIn(status, MigrationState.IGNORED, "skipped versions older than its newest applied one");
		if (!this.ignoreFutureVersions) {
			refuseIn(status, MigrationState.FUTURE, "holds versions that this starter does not know; "
					+ "upgrade it, or set pierre.database.ignore-future-versions=true");
		}
	}

	private static void refuseIn(SchemaStatus status, MigrationState state, String reason) {
		List<MigrationInfo> found = status.inState(state);
		if (!found.isEmpty()) {
			throw new SchemaMigrationException("migrate would refuse this database, which " + reason + " ("
					+ found.stream().map((info) -> info.version().toString()).collect(Collectors.joining(", "))
					+ "); nothing was printed to apply");
		}
	}

	private static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

}
