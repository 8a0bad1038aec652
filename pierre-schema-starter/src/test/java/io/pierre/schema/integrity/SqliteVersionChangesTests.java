package io.pierre.schema.integrity;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a step, a version applied or reverted, can have broken, found as SQLite's own check would find it, on a real file with
 * enforcement off (as versions run): references into a rebuilt table, every foreign key of a
 * new, rebuilt or altered table, and not the untouched references of an untouched table.
 */
class SqliteVersionChangesTests {

	@TempDir
	Path directory;

	private Connection connection;

	@BeforeEach
	void createTables() throws SQLException {
		this.connection = DriverManager.getConnection("jdbc:sqlite:" + this.directory.resolve("changes.db"));
		execute("CREATE TABLE parent (id TEXT NOT NULL PRIMARY KEY, name TEXT)",
				"CREATE TABLE other (id TEXT NOT NULL PRIMARY KEY)",
				"CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id TEXT REFERENCES parent (id),"
						+ " other_id TEXT REFERENCES other (id))",
				"CREATE TABLE pair (a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b))",
				"CREATE TABLE pair_child (id INTEGER PRIMARY KEY, a TEXT, b TEXT, FOREIGN KEY (a, b) REFERENCES pair)",
				"INSERT INTO parent VALUES ('p1', 'one'), ('p2', 'two')", "INSERT INTO other VALUES ('o1')",
				"INSERT INTO child VALUES (1, 'p1', 'o1'), (2, 'p2', 'o1'), (3, NULL, NULL)",
				"INSERT INTO pair VALUES ('a', 'b'), ('a', 'c')",
				"INSERT INTO pair_child VALUES (1, 'a', 'b'), (2, 'a', 'c'), (3, 'a', NULL)");
	}

	@Test
	void rebuildThatKeepsEveryRowLeavesNoOrphan() throws SQLException {
		SqliteVersionChanges changes = SqliteVersionChanges.from(this.connection);
		rebuildParent("SELECT * FROM parent");
		assertThat(changes.orphans(this.connection).total()).isZero();
	}

	@Test
	void rebuildThatLosesARowLeavesItsChildOrphaned() throws SQLException {
		SqliteVersionChanges changes = SqliteVersionChanges.from(this.connection);
		rebuildParent("SELECT * FROM parent WHERE id = 'p1'");
		SqliteVersionChanges.Violations violations = changes.orphans(this.connection);
		assertThat(violations.total()).isEqualTo(1);
		assertThat(violations.examples()).containsExactly("child rowid 2 -> parent");
	}

	@Test
	void compositeKeyIsMatchedOnEveryColumnAndAKeyWithANullReferencesNothing() throws SQLException {
		SqliteVersionChanges changes = SqliteVersionChanges.from(this.connection);
		execute("CREATE TABLE new_pair (a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b))",
				"INSERT INTO new_pair SELECT * FROM pair WHERE b = 'b'", "DROP TABLE pair",
				"ALTER TABLE new_pair RENAME TO pair");
		SqliteVersionChanges.Violations violations = changes.orphans(this.connection);
		assertThat(violations.examples()).containsExactly("pair_child rowid 2 -> pair");
	}

	@Test
	void untouchedReferenceOfAnUntouchedTableIsNotTheVersionsToCheck() throws SQLException {
		// Written with enforcement off before the version: not something the version broke.
		execute("INSERT INTO child VALUES (4, 'p1', 'gone')");
		SqliteVersionChanges changes = SqliteVersionChanges.from(this.connection);
		rebuildParent("SELECT * FROM parent");
		assertThat(changes.orphans(this.connection).total()).isZero();
	}

	@Test
	void alteredTableIsCheckedForEveryForeignKey() throws SQLException {
		execute("INSERT INTO child VALUES (4, 'p1', 'gone')");
		SqliteVersionChanges changes = SqliteVersionChanges.from(this.connection);
		execute("ALTER TABLE child ADD COLUMN note TEXT");
		assertThat(changes.orphans(this.connection).examples()).containsExactly("child rowid 4 -> other");
	}

	@Test
	void newTableIsCheckedForEveryForeignKey() throws SQLException {
		SqliteVersionChanges changes = SqliteVersionChanges.from(this.connection);
		execute("CREATE TABLE grandchild (id INTEGER PRIMARY KEY, child_id INTEGER REFERENCES child (id))",
				"INSERT INTO grandchild VALUES (1, 1), (2, 99)");
		assertThat(changes.orphans(this.connection).examples()).containsExactly("grandchild rowid 2 -> child");
	}

	@AfterEach
	void close() throws SQLException {
		this.connection.close();
	}

	private void rebuildParent(String rows) throws SQLException {
		execute("CREATE TABLE new_parent (id TEXT NOT NULL PRIMARY KEY, name TEXT)", "INSERT INTO new_parent " + rows,
				"DROP TABLE parent", "ALTER TABLE new_parent RENAME TO parent");
	}

	private void execute(String... statements) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

}
