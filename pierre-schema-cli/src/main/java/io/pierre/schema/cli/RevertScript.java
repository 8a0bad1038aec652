package io.pierre.schema.cli;

import java.io.PrintWriter;
import java.util.List;

import io.pierre.schema.SchemaMigrationException;
import io.pierre.schema.history.HistoryTable;
import io.pierre.schema.history.MigrationInfo;
import io.pierre.schema.history.SchemaStatus;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.migration.PierreSchemaMigrator;
import io.pierre.schema.revert.RevertScripts;

/**
 * The SQL that {@code revert} would run, for a DBA to apply by hand: per version, newest first,
 * its down script and the removal of its history row in one transaction (on SQLite with foreign
 * keys off, as the starter's revert runs them, each version guarded as {@link SqliteKeyGuard}
 * says).
 */
final class RevertScript {

	private final ClassLoader classLoader;

	private final HistoryTable historyTable;

	RevertScript(ClassLoader classLoader, HistoryTable historyTable) {
		this.classLoader = classLoader;
		this.historyTable = historyTable;
	}

	/**
	 * Prints the script, reading the database and changing nothing.
	 * @param migrator the migrator on the read-only data source
	 * @param targetVersion the version to go back to, or {@code null} for the newest applied only
	 * @param out where the script goes
	 * @throws SchemaMigrationException if {@code revert} would refuse
	 */
	void print(PierreSchemaMigrator migrator, String targetVersion, PrintWriter out) {
		SchemaStatus status = migrator.status();
		List<MigrationInfo> plan = migrator.planRevert(targetVersion);
		if (plan.isEmpty()) {
			out.println("-- Pierre schema: nothing to revert");
			return;
		}
		DatabaseKind kind = status.database();
		out.println("-- Pierre schema: dry run of revert on " + kind.productName() + " " + status.databaseVersion()
				+ ", from " + plan.get(0).version() + " down to below " + plan.get(plan.size() - 1).version());
		out.println("-- Versions that would be reverted, in order:");
		plan.forEach((migration) -> out.println("--   " + migration.version() + " " + migration.description()));
		out.println("-- Apply with: " + ((kind == DatabaseKind.SQLITE) ? "sqlite3 <database file> < <this file>"
				: "psql -1 -f <this file> <database>"));
		out.println();
		if (kind == DatabaseKind.SQLITE) {
			SqliteKeyGuard.printSetup(out);
		}
		else {
			out.println("\\set ON_ERROR_STOP on");
			if (this.historyTable.schema() != null) {
				out.println("SET search_path TO " + this.historyTable.schema() + ";");
			}
		}
		RevertScripts scripts = new RevertScripts(this.classLoader);
		for (MigrationInfo migration : plan) {
			String version = migration.version().text();
			String location = scripts.find(kind, version, migration.description())
				.orElseThrow(() -> new SchemaMigrationException("Version " + version + " has no down script"));
			out.println();
			out.println("-- Version " + version + ": " + migration.description() + " ("
					+ location.substring(location.lastIndexOf('/') + 1) + ")");
			if (kind == DatabaseKind.SQLITE) {
				SqliteKeyGuard.printBegin(out);
			}
			out.println(ScriptText.read(this.classLoader, location));
			out.println("DELETE FROM " + this.historyTable.qualifiedName() + " WHERE \"version\" = '" + version + "';");
			if (kind == DatabaseKind.SQLITE) {
				SqliteKeyGuard.printCommit(out);
			}
		}
	}

}
