package io.pierre.schema.autoconfigure;

import io.pierre.schema.SchemaMigrationException;
import io.pierre.schema.actuate.PierreSchemaEndpoint;
import io.pierre.schema.history.SchemaStatus;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.migration.PierreSchemaMigrator;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The starter against a hot standby of the test server: it refuses to migrate before anything
 * runs, saying to migrate the primary, and reads what the replica has.
 */
class HotStandbyTests {

	private static final String V13 = "20250120000013";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				PierreDataSourceAutoConfiguration.class, PierreSchemaAutoConfiguration.class,
				PierreSchemaHealthContributorAutoConfiguration.class, PierreSchemaEndpointAutoConfiguration.class,
				EndpointAutoConfiguration.class, HealthContributorAutoConfiguration.class,
				HealthContributorRegistryAutoConfiguration.class, HealthEndpointAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=health,pierreschema",
				"management.endpoint.health.show-details=always");

	private final JsonMapper json = JsonMapper.builder().build();

	@AutoClose
	private final PostgresDatabase database = TestPostgres.createDatabase();

	@Test
	void migrateRefusesBeforeAnythingRunsAndSaysToMigrateThePrimary() throws Exception {
		Migrations.migrator(this.database.dataSource(), V13).migrate();
		String standby = this.database.standbyUrl();
		PierreSchemaMigrator migrator = Migrations.migrator(standbyDataSource(standby), null);
		assertThatExceptionOfType(SchemaMigrationException.class).isThrownBy(migrator::migrate)
			.withMessage(standby + " is a hot standby (read-only replica): migrate its primary");
		assertThat(Migrations.history(this.database.dataSource())).last().isEqualTo(V13 + ":true");
	}

	@Test
	void stateAndValidationReadTheReplicasVersion() throws Exception {
		Migrations.migrator(this.database.dataSource(), V13).migrate();
		PierreSchemaMigrator migrator = Migrations.migrator(standbyDataSource(this.database.standbyUrl()), V13);
		SchemaStatus status = migrator.status();
		assertThat(status.currentVersion()).hasValueSatisfying((version) -> assertThat(version).hasToString(V13));
		assertThat(migrator.validate().currentVersion()).isEqualTo(status.currentVersion());
		assertThat(migrator.drift(status)).isEmpty();
	}

	@Test
	void aServiceInValidateModeStartsOnAStandbyWithTheSchemaAndReportsItsVersion() throws Exception {
		Migrations.migrateToNewest(this.database.dataSource(), DatabaseKind.POSTGRESQL);
		this.runner.withPropertyValues(standbyConnection(this.database.standbyUrl()))
			.withPropertyValues("pierre.database.mode=validate")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				String health = this.json
					.writeValueAsString(context.getBean(HealthEndpoint.class).healthForPath("pierreSchema"));
				assertThat(health).contains("\"status\":\"UP\"")
					.contains("\"currentVersion\":\"" + Migrations.newestVersion() + "\"");
				String endpoint = this.json.writeValueAsString(context.getBean(PierreSchemaEndpoint.class).schema());
				assertThat(endpoint).contains("\"" + Migrations.newestVersion() + "\"")
					.doesNotContain("\"state\":\"pending\"");
			});
	}

	@Test
	void aServiceInMigrateModeOnAStandbyWithPendingVersionsFailsToStartNamingIt() throws Exception {
		Migrations.migrator(this.database.dataSource(), V13).migrate();
		String standby = this.database.standbyUrl();
		this.runner.withPropertyValues(standbyConnection(standby)).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessage(standby + " is a hot standby (read-only replica): migrate its primary");
		});
		assertThat(Migrations.history(this.database.dataSource())).last().isEqualTo(V13 + ":true");
	}

	private DriverManagerDataSource standbyDataSource(String url) {
		return new DriverManagerDataSource(url, this.database.username(), this.database.password());
	}

	private String[] standbyConnection(String url) {
		return new String[] { "pierre.database.url=" + url, "pierre.database.username=" + this.database.username(),
				"pierre.database.password=" + this.database.password() };
	}

}
