package io.pierre.schema.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.flyway.FlywayMigrationRunner;
import io.pierre.schema.history.HistoryTable;
import io.pierre.schema.inspect.InspectionOptions;
import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.migration.PierreSchemaMigrator;

/**
 * Shortcuts the tests share: the expected schemas, a database migrated to a version, statements and
 * queries run on it, its history.
 */
public final class Migrations {

	public static final MigrationCatalog CATALOG = MigrationCatalog.load(Migrations.class.getClassLoader());

	private Migrations() {
	}

	/**
	 * Every version, oldest first.
	 * @return the versions, such as {@code 20250120000001}
	 */
	public static List<String> versions() {
		return CATALOG.versions().stream().map(SchemaVersion::text).toList();
	}

	public static NormalizedSchema expected(String version) {
		return CATALOG.expectedSchema(version);
	}

	/**
	 * What the starter's own comparisons read: every table but the default history table.
	 * @return the options
	 */
	public static InspectionOptions inspectionOptions() {
		return InspectionOptions.of(HistoryTable.DEFAULT_NAME);
	}

	public static String newestVersion() {
		List<String> versions = versions();
		return versions.get(versions.size() - 1);
	}

	/**
	 * How many versions come after one: what a database at that version has pending.
	 * @param version the version
	 * @return the number of later versions
	 */
	public static int versionsAfter(String version) {
		List<String> versions = versions();
		return versions.size() - versions.indexOf(version) - 1;
	}

	public static NormalizedSchema newestSchema() {
		return expected(newestVersion());
	}

	/**
	 * Every version before the newest: where an upgrade can start.
	 * @return the versions, oldest first
	 */
	public static List<String> olderVersions() {
		List<String> versions = versions();
		return versions.subList(0, versions.size() - 1);
	}

	public static void migrateToNewest(DataSource dataSource, DatabaseKind kind) throws SQLException {
		new FlywayMigrationRunner(HistoryTable.defaults(), null, Migrations.class.getClassLoader()).migrate(dataSource,
				kind);
	}

	/**
	 * The migrator that the starter runs on startup, with the default settings.
	 * @param dataSource the database
	 * @param target the last version to apply, or {@code null} for the newest
	 * @return the migrator
	 */
	public static PierreSchemaMigrator migrator(DataSource dataSource, String target) {
		return migrator(dataSource, target, false);
	}

	/**
	 * The migrator that the starter runs on startup, with the default settings but these.
	 * @param dataSource the database
	 * @param target the last version to apply, or {@code null} for the newest
	 * @param discardDataOnRevert whether a revert may discard data
	 * @return the migrator
	 */
	public static PierreSchemaMigrator migrator(DataSource dataSource, String target, boolean discardDataOnRevert) {
		MigrationSettings settings = MigrationSettings.defaults()
			.withTarget((target != null) ? SchemaVersion.of(target) : null)
			.withDiscardDataOnRevert(discardDataOnRevert);
		return new PierreSchemaMigrator(dataSource, settings, CATALOG);
	}

	public static void execute(DataSource dataSource, String... statements) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	/**
	 * The first column of a query's first row, as text.
	 * @param dataSource the database
	 * @param sql the query
	 * @return the value, or {@code null} where it is NULL or there is no row
	 * @throws SQLException if the query fails
	 */
	public static String queryForString(DataSource dataSource, String sql) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			return result.next() ? result.getString(1) : null;
		}
	}

	/**
	 * The history of the default history table, oldest first, as "version:success" for each row
	 * (a failed row shows as "version:false").
	 * @param dataSource the database
	 * @return the rows
	 * @throws SQLException if there is no history table
	 */
	public static List<String> history(DataSource dataSource) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT version, success FROM "
						+ HistoryTable.DEFAULT_NAME + " ORDER BY installed_rank")) {
			while (result.next()) {
				rows.add(result.getString(1) + ":" + result.getBoolean(2));
			}
		}
		return rows;
	}

	/**
	 * The history that a database at a version has when each version was applied once.
	 * @param version the version
	 * @return "version:true" for every version up to it
	 */
	public static List<String> cleanHistoryUpTo(String version) {
		List<String> versions = versions();
		return versions.subList(0, versions.indexOf(version) + 1).stream().map((each) -> each + ":true").toList();
	}

}
