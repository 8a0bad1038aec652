package io.pierre.schema.revert;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import io.pierre.schema.SchemaMigrationException;
import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.inspect.SchemaComparator;
import io.pierre.schema.inspect.SchemaInspector;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.migration.RevertReport;
import io.pierre.schema.testsupport.Migrations;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The reverts that are refused, each with a message that says why and the database as it was:
 * a target that is not an applied version, data that the older version cannot hold (unless told
 * to discard it), failed or modified history, versions this starter does not know, and a revert
 * below a baseline. On SQLite and PostgreSQL.
 */
class RevertRefusalTests {

	private static final String HISTORY = "pierre_schema_history";

	private static final String V17 = "20250120000017";

	private static final String V18 = "20250120000018";

	private static final String V21 = "20250120000021";

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void targetThatIsNotAnAppliedVersionIsRefused(DatabaseKind kind, @TempDir Path directory) throws SQLException {
		try (RevertDatabases database = RevertDatabases.of(kind, directory)) {
			DataSource dataSource = database.dataSource();
			Migrations.migrator(dataSource, V18).migrate();
			assertRefusedUnchanged(dataSource, "20250120000016", false, "is not an applied version");
			assertRefusedUnchanged(dataSource, "20250120000019", false, "is not an applied version");
			assertRefusedUnchanged(dataSource, "latest", false, "is not a migration version");
		}
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void droppingATableThatHoldsRowsIsRefusedUnlessToldToDiscard(DatabaseKind kind, @TempDir Path directory)
			throws SQLException {
		try (RevertDatabases database = RevertDatabases.of(kind, directory)) {
			DataSource dataSource = database.dataSource();
			Migrations.migrator(dataSource, null).migrate();
			Migrations.execute(dataSource,
					"INSERT INTO users (id, email, last_active, password_hash, created_at) VALUES ('u1', 'a@b.c', 't', 'h', 't')",
					"INSERT INTO recipes (id, user_id, instructions, name, tenant_id, created_at, updated_at)"
							+ " VALUES ('r1', 'u1', 'stir', 'soup', 't1', 't', 't')",
					"INSERT INTO recipes (id, user_id, instructions, name, tenant_id, created_at, updated_at)"
							+ " VALUES ('r2', 'u1', 'stir', 'stew', 't1', 't', 't')");

			SchemaMigrationException refused = assertRefusedUnchanged(dataSource, V18, false,
					"table recipes (2 rows, version 20250120000019)");
			assertThat(refused).hasCauseInstanceOf(DataLossException.class)
				.hasMessageContaining("pierre.database.revert.discard-data");
			assertThat(((DataLossException) refused.getCause()).getLosses())
				.containsExactly(new DataLoss("20250120000019", "recipes", null, 2));

			RevertReport report = Migrations.migrator(dataSource, null, true).revert(V18);
			assertThat(report.reverted()).flatExtracting(RevertedVersion::discarded)
				.containsExactly(new DataLoss("20250120000019", "recipes", null, 2));
			assertSchemaAt(dataSource, V18);
			assertThat(Migrations.queryForString(dataSource, "SELECT email FROM users WHERE id = 'u1'"))
				.isEqualTo("a@b.c");
			if (kind == DatabaseKind.SQLITE) {
				assertThat(report.backupFile()).hasValueSatisfying((backup) -> assertThat(Files.exists(backup)).isTrue());
			}
		}
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void droppingColumnsThatHoldValuesIsRefused(DatabaseKind kind, @TempDir Path directory) throws SQLException {
		try (RevertDatabases database = RevertDatabases.of(kind, directory)) {
			DataSource dataSource = database.dataSource();
			Migrations.migrator(dataSource, null).migrate();
			Migrations.execute(dataSource,
					"INSERT INTO users (id, email, last_active, password_hash, created_at) VALUES ('u1', 'a@b.c', 't', 'h', 't')",
					"INSERT INTO users (id, email, last_active, password_hash, created_at, firebase_uid, auth_provider)"
							+ " VALUES ('u2', 'd@e.f', 't', 'h', 't', 'fb-2', 'google')",
					"INSERT INTO users (id, email, last_active, password_hash, created_at, role, is_admin)"
							+ " VALUES ('u3', 'g@h.i', 't', 'h', 't', 'super_admin', 1)");

			// u1's defaults and an admin's role come back when the versions are applied again.
			SchemaMigrationException refused = assertRefusedUnchanged(dataSource, "20250120000011", false,
					"column users.firebase_uid (1 non-null values");
			assertThat(((DataLossException) refused.getCause()).getLosses()).containsExactlyInAnyOrder(
					new DataLoss(V18, "users", "auth_provider", 1), new DataLoss(V18, "users", "firebase_uid", 1),
					new DataLoss("20250120000012", "users", "role", 1));
		}
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void modifiedOrFailedHistoryIsRefused(DatabaseKind kind, @TempDir Path directory) throws SQLException {
		try (RevertDatabases database = RevertDatabases.of(kind, directory)) {
			DataSource dataSource = database.dataSource();
			Migrations.migrator(dataSource, null).migrate();
			Migrations.execute(dataSource, "UPDATE " + HISTORY + " SET checksum = 12345 WHERE version = '" + V21 + "'");
			assertRefusedUnchanged(dataSource, null, false, "failed or modified versions (" + V21 + ")");
			Migrations.execute(dataSource, "UPDATE " + HISTORY + " SET success = " + falseLiteral(kind)
					+ " WHERE version = '" + V17 + "'");
			assertRefusedUnchanged(dataSource, V17, true, "failed or modified versions (" + V17 + ", " + V21 + ")");
		}
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void versionsThisStarterDoesNotKnowAreRefused(DatabaseKind kind, @TempDir Path directory) throws SQLException {
		try (RevertDatabases database = RevertDatabases.of(kind, directory)) {
			DataSource dataSource = database.dataSource();
			Migrations.migrator(dataSource, null).migrate();
			Migrations.execute(dataSource, "INSERT INTO " + HISTORY + " (installed_rank, version, description, type,"
					+ " script, checksum, installed_by, execution_time, success) VALUES (100, '20990101000000',"
					+ " 'from the future', 'SQL', 'V20990101000000__from_the_future.sql', 1, 'test', 1, "
					+ trueLiteral(kind) + ")");
			assertRefusedUnchanged(dataSource, null, true, "does not know (20990101000000)");
			assertRefusedUnchanged(dataSource, V18, true, "does not know (20990101000000)");
		}
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void revertBelowABaselineIsRefused(DatabaseKind kind, @TempDir Path directory) throws SQLException {
		try (RevertDatabases database = RevertDatabases.of(kind, directory)) {
			DataSource dataSource = database.dataSource();
			Migrations.migrator(dataSource, "20250120000012").migrate();
			// As an adopted sqlx database's history reads: a baseline at 10, then what was applied.
			Migrations.execute(dataSource,
					"DELETE FROM " + HISTORY + " WHERE version <= '20250120000010'",
					"INSERT INTO " + HISTORY + " (installed_rank, version, description, type, script, checksum,"
							+ " installed_by, execution_time, success) VALUES (0, '20250120000010', 'Adopted',"
							+ " 'BASELINE', 'Adopted', NULL, 'test', 0, " + trueLiteral(kind) + ")");
			assertRefusedUnchanged(dataSource, "20250120000009", false, "below the baseline");
			assertRefusedUnchanged(dataSource, "0", true, "below the baseline");

			RevertReport report = Migrations.migrator(dataSource, null).revert("20250120000010");
			assertThat(report.reverted()).extracting(RevertedVersion::version)
				.containsExactly("20250120000012", "20250120000011");
			assertSchemaAt(dataSource, "20250120000010");
			assertRefusedUnchanged(dataSource, null, false, "below the baseline");
		}
	}

	private static SchemaMigrationException assertRefusedUnchanged(DataSource dataSource, String target,
			boolean discardData, String message) throws SQLException {
		NormalizedSchema schema = new SchemaInspector(Migrations.inspectionOptions()).inspect(dataSource);
		List<String> history = Migrations.history(dataSource);
		SchemaMigrationException refused = assertThatExceptionOfType(SchemaMigrationException.class)
			.isThrownBy(() -> Migrations.migrator(dataSource, null, discardData).revert(target))
			.withMessageContaining(message)
			.actual();
		assertThat(new SchemaInspector(Migrations.inspectionOptions()).inspect(dataSource)).as("the schema after a refusal").isEqualTo(schema);
		assertThat(Migrations.history(dataSource)).as("the history after a refusal").isEqualTo(history);
		return refused;
	}

	private static void assertSchemaAt(DataSource dataSource, String version) throws SQLException {
		assertThat(SchemaComparator.compare(Migrations.expected(version), new SchemaInspector(Migrations.inspectionOptions()).inspect(dataSource)))
			.isEmpty();
	}

	private static String trueLiteral(DatabaseKind kind) {
		return (kind == DatabaseKind.SQLITE) ? "1" : "true";
	}

	private static String falseLiteral(DatabaseKind kind) {
		return (kind == DatabaseKind.SQLITE) ? "0" : "false";
	}

}
