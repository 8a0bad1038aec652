package io.pierre.schema.inspect;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.RowFactory;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every CHECK constraint of the newest schema refuses a bad value, on both databases. The cases are
 * derived from the expected JSON, so a check cannot be left out: for each one, a valid row (with
 * its parent rows) goes in, and a second valid row with the checked column set outside what the
 * check allows is refused as a check violation.
 */
class CheckConstraintTests {

	/** PostgreSQL's SQLSTATE for check_violation. */
	private static final String CHECK_VIOLATION = "23514";

	@Test
	void sqliteRefusesWhatEveryCheckForbids(@TempDir Path directory) throws SQLException {
		DataSource dataSource = TestSqlite.dataSource(directory.resolve("pierre.db"));
		Migrations.migrateToNewest(dataSource, DatabaseKind.SQLITE);
		assertEveryCheckHolds(dataSource, DatabaseKind.SQLITE);
	}

	@Test
	void postgresqlRefusesWhatEveryCheckForbids() throws SQLException {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			Migrations.migrateToNewest(database.dataSource(), DatabaseKind.POSTGRESQL);
			assertEveryCheckHolds(database.dataSource(), DatabaseKind.POSTGRESQL);
		}
	}

	private void assertEveryCheckHolds(DataSource dataSource, DatabaseKind kind) throws SQLException {
		NormalizedSchema schema = Migrations.newestSchema();
		List<Case> cases = cases(schema);
		int checks = schema.tables().values().stream().mapToInt((table) -> table.checks().size()).sum();
		assertThat(cases).as("one case per check of the newest schema").hasSize(checks).hasSizeGreaterThan(0);
		SoftAssertions softly = new SoftAssertions();
		try (Connection connection = dataSource.getConnection()) {
			RowFactory rows = new RowFactory(schema, connection);
			for (Case check : cases) {
				String description = kind + " " + check;
				Throwable valid = catchThrowable(() -> rows.insertValid(check.table()));
				softly.assertThat(valid).as("%s: a valid row goes in", description).isNull();
				Map<String, Object> bad = rows.validRow(check.table());
				bad.put(check.column(), (check.badValue() instanceof DistinctColumns distinct) ? bad.get(distinct.other()) : check.badValue());
				Throwable refused = catchThrowable(() -> rows.insert(check.table(), bad));
				softly.assertThat(refused).as("%s: the bad value is refused", description).isInstanceOf(SQLException.class);
				if (refused instanceof SQLException ex) {
					softly.assertThat(isCheckViolation(kind, ex))
						.as("%s: refused as a check violation, not for another reason: %s", description, ex.getMessage())
						.isTrue();
				}
			}
		}
		softly.assertAll();
	}

	private static boolean isCheckViolation(DatabaseKind kind, SQLException ex) {
		return (kind == DatabaseKind.POSTGRESQL) ? CHECK_VIOLATION.equals(ex.getSQLState())
				: String.valueOf(ex.getMessage()).contains("CHECK constraint failed");
	}

	private static List<Case> cases(NormalizedSchema schema) {
		List<Case> cases = new ArrayList<>();
		schema.tables().forEach((table, definition) -> {
			for (CheckConstraint check : definition.checks()) {
				if (check instanceof CheckConstraint.AllowedValues allowed) {
					cases.add(new Case(table, check.describe(), allowed.column(), "not-" + String.join("-", allowed.values())));
				}
				else if (check instanceof CheckConstraint.Expression expression) {
					cases.add(DistinctColumns.parse(expression)
						.map((distinct) -> new Case(table, check.describe(), distinct.column(), distinct))
						.orElseGet(() -> numericCase(table, definition, expression)));
				}
			}
		});
		return cases;
	}

	private static Case numericCase(String table, TableSchema definition, CheckConstraint.Expression check) {
		SimpleCheck simple = SimpleCheck.parse(check);
		long bad = simple.violatingValue();
		boolean real = "REAL".equals(definition.columns().get(simple.column()).type());
		return new Case(table, check.describe(), simple.column(), real ? (Object) (double) bad : (Object) bad);
	}

	/** One check, the column it restricts and a value it refuses. */
	private record Case(String table, String check, String column, Object badValue) {

		@Override
		public String toString() {
			return this.table + " CHECK (" + this.check + ") with " + this.column + " = " + this.badValue;
		}

	}

}
