package io.pierre.schema.actuate;

import java.nio.file.Path;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.actuate.PierreSchemaEndpoint.MigrationDescriptor;
import io.pierre.schema.actuate.PierreSchemaEndpoint.SchemaDescriptor;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.testsupport.Migrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.pierre.schema.actuate.SchemaDatabases.NEWEST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PierreSchemaEndpoint} on SQLite files.
 */
class PierreSchemaEndpointTests {

	@TempDir
	Path dir;

	private HikariDataSource dataSource;

	@AfterEach
	void closeDataSource() {
		if (this.dataSource != null) {
			this.dataSource.close();
		}
	}

	@Test
	void listsEveryMigrationWithItsState() {
		this.dataSource = SchemaDatabases.sqlite(this.dir.resolve("pierre.db"));
		SchemaDatabases.migrator(this.dataSource, MigrationSettings.defaults().withTarget(SchemaVersion.of("20250120000019")), false)
			.migrate();
		SchemaDatabases.recordVersion(this.dataSource, "20250120000020", false);
		SchemaDescriptor schema = new PierreSchemaEndpoint(SchemaDatabases.migrator(this.dataSource)).schema();
		assertThat(schema.database()).isEqualTo("SQLite");
		assertThat(schema.historyTable()).isEqualTo("pierre_schema_history");
		assertThat(schema.currentVersion()).isEqualTo("20250120000019");
		assertThat(schema.newestVersion()).isEqualTo(NEWEST);
		List<MigrationDescriptor> migrations = schema.migrations();
		assertThat(migrations).hasSize(Migrations.versions().size());
		MigrationDescriptor first = migrations.get(0);
		assertThat(first.version()).isEqualTo("20250120000001");
		assertThat(first.description()).isEqualTo("users schema");
		assertThat(first.type()).isEqualTo("SQL");
		assertThat(first.state()).isEqualTo("applied");
		assertThat(first.installedOn()).isNotNull();
		assertThat(first.executionTime()).isNotNull();
		assertThat(migrations.subList(0, 18)).extracting(MigrationDescriptor::state).containsOnly("applied");
		assertThat(migrations.get(18).state()).isEqualTo("failed");
		assertThat(migrations.get(migrations.size() - 1)).satisfies((last) -> {
			assertThat(last.version()).isEqualTo(NEWEST);
			assertThat(last.state()).isEqualTo("pending");
			assertThat(last.installedOn()).isNull();
			assertThat(last.executionTime()).isNull();
		});
	}

	@Test
	void versionsBeyondTheTargetAreAboveTarget() {
		this.dataSource = SchemaDatabases.sqlite(this.dir.resolve("pierre.db"));
		MigrationSettings target = MigrationSettings.defaults().withTarget(SchemaVersion.of("20250120000020"));
		SchemaDatabases.migrator(this.dataSource, target, false).migrate();
		SchemaDescriptor schema = new PierreSchemaEndpoint(SchemaDatabases.migrator(this.dataSource, target, false))
			.schema();
		assertThat(schema.migrations()).last().extracting(MigrationDescriptor::state).isEqualTo("above_target");
	}

}
