package io.pierre.schema.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.pierre.schema.SchemaMigrationException;
import io.pierre.schema.history.MigrationInfo;
import io.pierre.schema.history.MigrationState;
import io.pierre.schema.history.SchemaStatus;
import io.pierre.schema.inspect.ExpectedSchemas;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.jdbc.JdbcTables;

/**
 * The states in which the migrator changes nothing, each with the message that says why and what
 * to do: versions this starter does not know, failed or modified versions, Pierre tables without a
 * record of their version, and a sqlx history that must not be adopted.
 */
final class MigrationRefusals {

	private final MigrationSettings settings;

	private final ExpectedSchemas expected;

	MigrationRefusals(MigrationSettings settings, ExpectedSchemas expected) {
		this.settings = settings;
		this.expected = expected;
	}

	/**
	 * Refuses future versions (unless they are ignored), failed and modified ones.
	 * @param status the schema's state
	 */
	void refuseUnsafeHistory(SchemaStatus status) {
		refuseFutureVersions(status);
		List<MigrationInfo> failed = status.inState(MigrationState.FAILED);
		if (!failed.isEmpty()) {
			throw new SchemaMigrationException("The Pierre schema history records failed migrations ("
					+ versions(failed) + "), so nothing was migrated: the database may be half way through them. "
					+ "Undo what they did by hand, then run repair to remove their records, and migrate again.");
		}
		List<MigrationInfo> modified = status.inState(MigrationState.MODIFIED);
		if (!modified.isEmpty()) {
			throw new SchemaMigrationException("Applied Pierre schema versions no longer match the embedded scripts ("
					+ versions(modified) + ": checksum mismatch), so nothing was migrated. If the scripts were "
					+ "changed on purpose and the database matches them, run repair to record their checksums; "
					+ "otherwise use the starter release that applied them.");
		}
	}

	/**
	 * Refuses versions that a newer release applied, unless they are ignored.
	 * @param status the schema's state
	 */
	void refuseFutureVersions(SchemaStatus status) {
		List<MigrationInfo> future = status.inState(MigrationState.FUTURE);
		if (!future.isEmpty() && !this.settings.ignoreFutureVersions()) {
			throw new SchemaMigrationException("The database holds Pierre schema versions that this starter does not know ("
					+ versions(future) + "; it knows up to " + status.newestVersion()
					+ "). Upgrade the starter, or set pierre.database.ignore-future-versions=true during a rolling upgrade.");
		}
	}

	/**
	 * Refuses to repair a history that holds versions this starter does not know, which a repair
	 * would record as deleted.
	 * @param status the schema's state
	 */
	void refuseRepairOfUnknownVersions(SchemaStatus status) {
		List<MigrationInfo> future = status.inState(MigrationState.FUTURE);
		if (!future.isEmpty()) {
			throw new SchemaMigrationException("The database holds Pierre schema versions that this starter does not know ("
					+ versions(future) + "), which a repair would record as deleted. Repair with the starter release "
					+ "that applied them.");
		}
	}

	/**
	 * Refuses to revert a history that holds versions this starter does not know, or failed or
	 * modified versions, whose down scripts may not undo what is there.
	 * @param status the schema's state
	 */
	void refuseRevertOfUnsafeHistory(SchemaStatus status) {
		List<MigrationInfo> future = status.inState(MigrationState.FUTURE);
		if (!future.isEmpty()) {
			throw new SchemaMigrationException("The database holds Pierre schema versions that this starter does not "
					+ "know (" + versions(future) + "), so nothing was reverted: revert them with the release that "
					+ "applied them first.");
		}
		List<MigrationInfo> unsafe = new ArrayList<>(status.inState(MigrationState.FAILED));
		unsafe.addAll(status.inState(MigrationState.MODIFIED));
		if (!unsafe.isEmpty()) {
			throw new SchemaMigrationException("The Pierre schema history records failed or modified versions ("
					+ versions(unsafe) + "), so nothing was reverted: their down scripts may not undo what is "
					+ "there. Repair the history first.");
		}
	}

	/**
	 * A revert target that is not a version.
	 * @param target the target as given
	 * @return the refusal
	 */
	SchemaMigrationException notAVersion(String target) {
		return new SchemaMigrationException(
				"The revert target '" + target + "' is not a migration version, so nothing was reverted");
	}

	/**
	 * A revert target that is not applied.
	 * @param target the target
	 * @param applied the applied versions
	 * @return the refusal
	 */
	SchemaMigrationException notApplied(String target, List<MigrationInfo> applied) {
		return new SchemaMigrationException("The revert target " + target + " is not an applied version, so "
				+ "nothing was reverted. Applied: " + (applied.isEmpty() ? "none" : versions(applied))
				+ "; 0 reverts them all.");
	}

	/**
	 * A revert that would go below versions that were there before the history began.
	 * @param baselined those versions
	 * @return the refusal
	 */
	SchemaMigrationException belowBaseline(List<MigrationInfo> baselined) {
		return new SchemaMigrationException("The revert would go below the baseline: versions "
				+ versions(baselined) + " were there before the history began (an adopted sqlx database, or a "
				+ "baseline row), and have no record to revert. Nothing was reverted.");
	}

	/**
	 * Refuses a sqlx-migrated database when adoption is off.
	 */
	void refuseSqlxHistory() {
		throw new SchemaMigrationException("The database holds the Pierre server's sqlx history "
				+ "(_sqlx_migrations) and pierre.database.adopt-sqlx-history is false: nothing was changed");
	}

	/**
	 * Refuses a database that holds Pierre tables but records no version of them (no history
	 * table of the configured name, no sqlx history): version 1 would fail on them halfway, after a
	 * history table had been made, and so would every later start.
	 * @param connection the database
	 * @param kind what it is
	 * @throws SQLException if the tables cannot be listed
	 */
	void refuseUnrecordedPierreTables(Connection connection, DatabaseKind kind) throws SQLException {
		String configured = this.settings.historyTable().schema();
		// Flyway works in the connection's current schema unless told one.
		String schema = (configured != null || kind != DatabaseKind.POSTGRESQL) ? configured : connection.getSchema();
		Set<String> found = new TreeSet<>(JdbcTables.names(connection, schema));
		if (found.isEmpty()) {
			// A new database, the usual case: no need to read the schema's description.
			return;
		}
		found.retainAll(this.expected.pierreTables());
		if (!found.isEmpty() && kind == DatabaseKind.POSTGRESQL) {
			refuseServerInlineSchema(connection, schema, found);
		}
		if (!found.isEmpty()) {
			throw new SchemaMigrationException("The database holds Pierre tables " + found
					+ " but no record of their version: neither " + this.settings.historyTable().name()
					+ " (pierre.database.history-table) nor the Pierre server's _sqlx_migrations has one. "
					+ "Nothing was changed. Point pierre.database.history-table at the table that records them, "
					+ "or give the starter a database without these tables.");
		}
	}

	/**
	 * Refuses Pierre tables that the Pierre server's PostgreSQL backend made with its own inline
	 * DDL rather than with these migrations: it types ids as uuid, flags as boolean and times as
	 * timestamptz, where the migrations keep text and 0/1 integers, so no version of them matches.
	 */
	private static void refuseServerInlineSchema(Connection connection, String schema, Set<String> tables)
			throws SQLException {
		List<String> columns = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT table_name, column_name, data_type "
				+ "FROM information_schema.columns WHERE table_schema = ? "
				+ "AND data_type IN ('uuid', 'boolean', 'timestamp with time zone') ORDER BY table_name, column_name")) {
			query.setString(1, schema);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					if (tables.contains(result.getString(1))) {
						columns.add(result.getString(1) + "." + result.getString(2) + " " + result.getString(3));
					}
				}
			}
		}
		if (!columns.isEmpty()) {
			throw new SchemaMigrationException("The database holds Pierre tables that the Pierre server's PostgreSQL "
					+ "backend made with its own inline DDL, not with the Pierre migrations: their columns "
					+ columns.subList(0, Math.min(5, columns.size())) + ((columns.size() > 5) ? " and "
							+ (columns.size() - 5) + " more" : "")
					+ " are typed where the migrations keep text and 0/1 integers, so no version of the schema "
					+ "matches them and the starter cannot take them over. Nothing was changed. Give the starter a "
					+ "database of its own.");
		}
	}

	/**
	 * Whether the history needs a repair: failed or modified versions.
	 * @param status the schema's state
	 * @return whether repair has work to do
	 */
	static boolean needsRepair(SchemaStatus status) {
		return !status.inState(MigrationState.FAILED).isEmpty() || !status.inState(MigrationState.MODIFIED).isEmpty();
	}

	/**
	 * What needs attention, for a failed validation, such as {@code 2 pending (..., ...)}.
	 * @param status the schema's state
	 * @return the description
	 */
	static String describeProblems(SchemaStatus status) {
		return status.migrations()
			.stream()
			.filter((migration) -> migration.state().needsAttention())
			.collect(Collectors.groupingBy(MigrationInfo::state))
			.entrySet()
			.stream()
			.map((entry) -> entry.getValue().size() + " " + entry.getKey().name().toLowerCase() + " ("
					+ versions(entry.getValue()) + ")")
			.sorted()
			.collect(Collectors.joining(", "));
	}

	private static String versions(List<MigrationInfo> migrations) {
		return migrations.stream().map((migration) -> migration.version().toString()).collect(Collectors.joining(", "));
	}

}
