package io.pierre.schema.cli;

import java.io.PrintWriter;

/**
 * The statements of a dry-run script that keep each SQLite step, a version applied or reverted,
 * from leaving rows without their parent: the script runs with enforcement off, as the starter
 * does, and each step's transaction fails before its commit when it left more rows without their
 * parent than there were before it. The {@code sqlite3} shell runs with {@code .bail on}, so the
 * failed check ends the script and the open transaction is rolled back.
 */
final class SqliteKeyGuard {

	private SqliteKeyGuard() {
	}

	/**
	 * The statements at the top of the script.
	 * @param out where the script goes
	 */
	static void printSetup(PrintWriter out) {
		out.println(".bail on");
		out.println("PRAGMA foreign_keys = OFF;");
		out.println("CREATE TEMP TABLE pierre_orphans_before (orphans INTEGER NOT NULL);");
		out.println("CREATE TEMP TABLE pierre_new_orphans (orphans INTEGER NOT NULL CHECK (orphans <= 0));");
	}

	/**
	 * The statements before a step: they count the rows without their parent, and begin its
	 * transaction.
	 * @param out where the script goes
	 */
	static void printBegin(PrintWriter out) {
		out.println("DELETE FROM temp.pierre_orphans_before;");
		out.println("INSERT INTO temp.pierre_orphans_before SELECT count(*) FROM pragma_foreign_key_check;");
		out.println("BEGIN;");
	}

	/**
	 * The statements after a step: the check, and the commit.
	 * @param out where the script goes
	 */
	static void printCommit(PrintWriter out) {
		out.println("INSERT INTO temp.pierre_new_orphans SELECT (SELECT count(*) FROM pragma_foreign_key_check)"
				+ " - (SELECT orphans FROM temp.pierre_orphans_before);");
		out.println("COMMIT;");
	}

}
