package io.pierre.schema.revert;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import io.pierre.schema.SchemaMigrationException;
import io.pierre.schema.inspect.SchemaComparator;
import io.pierre.schema.inspect.SchemaInspector;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.migration.RevertReport;
import io.pierre.schema.testsupport.DatabaseRows;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PopulatedDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A database populated at the first version, migrated to the newest, is reverted one version at
 * a time (no target: the newest applied version only) down to the first, with each version's
 * schema at every step and the first version's rows at the end; then migrated up one version at a time
 * to the newest, with each version's schema. Last, reverting everything is refused while the
 * first version's tables hold rows, and done when told to discard them. On SQLite and PostgreSQL.
 */
class RevertStepByStepTests {

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void revertOneVersionAtATimeDownToTheFirstAndBackUp(DatabaseKind kind, @TempDir Path directory)
			throws SQLException {
		try (RevertDatabases database = RevertDatabases.of(kind, directory)) {
			DataSource dataSource = database.dataSource();
			List<String> versions = Migrations.versions();
			String first = versions.get(0);
			PopulatedDatabase populated = PopulatedDatabase.create(dataSource, first, 2);
			Migrations.migrator(dataSource, null).migrate();

			for (int i = versions.size() - 1; i > 0; i--) {
				RevertReport report = Migrations.migrator(dataSource, null).revert(null);
				assertThat(report.reverted()).extracting(RevertedVersion::version).containsExactly(versions.get(i));
				assertSchemaAndHistoryAt(dataSource, versions.get(i - 1));
			}
			DatabaseRows atFirst = DatabaseRows.read(dataSource, populated.schema());
			// Every row, the legacy token columns that version 15 removed empty.
			assertThat(atFirst.differencesFrom(populated.expectedAt(Migrations.newestVersion())
				.projectedOnto(Migrations.newestSchema(), populated.schema()))).as("the first version's rows").isEmpty();
			assertThat(atFirst.rows("users")).hasSameSizeAs(populated.rows().rows("users"));

			for (int i = 1; i < versions.size(); i++) {
				assertThat(Migrations.migrator(dataSource, versions.get(i)).migrate().applied()).isEqualTo(1);
				assertSchemaAndHistoryAt(dataSource, versions.get(i));
			}
			assertThat(PopulatedDatabase.namingSyntheticConnections(DatabaseRows.read(dataSource, Migrations.newestSchema()))
				.differencesFrom(populated.expectedAt(Migrations.newestVersion()))).isEmpty();

			assertThatExceptionOfType(SchemaMigrationException.class)
				.isThrownBy(() -> Migrations.migrator(dataSource, null).revert("0"))
				.withMessageContaining("table users (");
			assertThat(Migrations.migrator(dataSource, null, true).revert("0").reverted()).hasSize(versions.size());
			assertThat(new SchemaInspector(Migrations.inspectionOptions()).inspect(dataSource).tables()).isEmpty();
			assertThat(Migrations.history(dataSource)).isEmpty();
		}
	}

	private static void assertSchemaAndHistoryAt(DataSource dataSource, String version) throws SQLException {
		assertThat(SchemaComparator.compare(Migrations.expected(version), new SchemaInspector(Migrations.inspectionOptions()).inspect(dataSource)))
			.as("differences from %s", version)
			.isEmpty();
		assertThat(Migrations.history(dataSource)).isEqualTo(Migrations.cleanHistoryUpTo(version));
	}

}
