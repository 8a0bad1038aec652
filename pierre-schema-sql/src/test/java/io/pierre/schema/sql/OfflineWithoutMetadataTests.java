package io.pierre.schema.sql;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compilations with neither a server nor a metadata folder: SQLite still checks, PostgreSQL says
 * what it needs; and what {@link PierreSql} may mark.
 */
class OfflineWithoutMetadataTests {

	@TempDir
	Path folder;

	@Test
	void statementIsCheckedOnSqliteAndPostgresqlAsksForAServerOrMetadata() {
		FixtureProject.Compilation compilation = new FixtureProject(this.folder)
			.source("fixture/Users.java", OnlineChecksTests.constant("SELECT nickname FROM users"))
			.compile();
		assertThat(compilation.placedErrors()).containsExactlyInAnyOrder(
				"Users.java:7: SQL does not prepare on SQLite: [SQLITE_ERROR] SQL error or missing database (no such column: nickname)",
				"Users.java:7: SQL cannot be checked on PostgreSQL: no server is named and no metadata folder "
						+ "(-Apierre.sql.metadata); to prepare it, " + OfflinePostgresCheck.PREPARE_STEP);
	}

	@Test
	void markedFieldThatIsNoConstantIsAnError() {
		FixtureProject.Compilation compilation = new FixtureProject(this.folder).source("fixture/Users.java", """
				package fixture;

				import io.pierre.schema.sql.PierreSql;

				class Users {
					@PierreSql
					static final String STATEMENT = String.join(" ", "SELECT", "id", "FROM", "users");
				}
				""").compile();
		assertThat(compilation.placedErrors()).containsExactly(
				"Users.java:7: @PierreSql marks a static final String constant whose value is known when compiling");
	}

	@Test
	void compilationWithoutStatementsChecksNothing() {
		FixtureProject.Compilation compilation = new FixtureProject(this.folder)
			.source("fixture/Plain.java", "package fixture;\n\nclass Plain {\n}\n")
			.option(SqlCheckOptions.TARGET, "1")
			.compile();
		// The unknown target is only found out where there is a statement to check at it.
		assertThat(compilation.diagnostics()).isEmpty();
	}

}
