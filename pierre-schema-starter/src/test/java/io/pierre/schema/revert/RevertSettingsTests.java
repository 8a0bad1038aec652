package io.pierre.schema.revert;

import java.sql.SQLException;

import javax.sql.DataSource;

import io.pierre.schema.history.HistoryTable;
import io.pierre.schema.inspect.InspectionOptions;
import io.pierre.schema.inspect.SchemaComparator;
import io.pierre.schema.inspect.SchemaInspector;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.migration.PierreSchemaMigrator;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A revert works where the migration put things: a PostgreSQL schema of its own
 * ({@code pierre.database.schema}) and a history table of another name.
 */
class RevertSettingsTests {

	@Test
	void postgresqlRevertInAConfiguredSchemaWithAnotherHistoryTable() throws SQLException {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			DataSource dataSource = database.dataSource();
			PierreSchemaMigrator migrator = new PierreSchemaMigrator(dataSource,
					MigrationSettings.defaults().withHistoryTable(new HistoryTable("our_history", "pierre")),
					Migrations.CATALOG);
			migrator.migrate();

			assertThat(migrator.revert("20250120000013").reverted()).hasSize(Migrations.versionsAfter("20250120000013"));

			InspectionOptions options = Migrations.inspectionOptions().withSchema("pierre").withHistoryTable("our_history");
			assertThat(SchemaComparator.compare(Migrations.expected("20250120000013"),
					new SchemaInspector(options).inspect(dataSource)))
				.isEmpty();
			assertThat(Migrations.queryForString(dataSource, "SELECT MAX(version) FROM pierre.our_history"))
				.isEqualTo("20250120000013");
			assertThat(Migrations.queryForString(dataSource,
					"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"))
				.isEqualTo("0");
			assertThat(migrator.migrate().applied()).isEqualTo(Migrations.versionsAfter("20250120000013"));
		}
	}

}
