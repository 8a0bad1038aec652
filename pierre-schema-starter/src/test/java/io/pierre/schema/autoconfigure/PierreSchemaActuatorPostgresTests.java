package io.pierre.schema.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.pierre.schema.actuate.PierreSchemaEndpoint;
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
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator support on a real PostgreSQL, with the role's password, which the server checks and
 * nothing may show.
 */
class PierreSchemaActuatorPostgresTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				PierreDataSourceAutoConfiguration.class, PierreSchemaAutoConfiguration.class,
				PierreSchemaHealthContributorAutoConfiguration.class, PierreSchemaEndpointAutoConfiguration.class,
				PierreSchemaMetricsAutoConfiguration.class, EndpointAutoConfiguration.class,
				HealthContributorAutoConfiguration.class, HealthContributorRegistryAutoConfiguration.class,
				HealthEndpointAutoConfiguration.class, MetricsAutoConfiguration.class,
				SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=health,pierreschema",
				"management.endpoint.health.show-details=always");

	private final JsonMapper json = JsonMapper.builder().build();

	/** A database of each test's own, dropped after it. */
	@AutoClose
	private final PostgresDatabase database = TestPostgres.createDatabase();

	private final String password = this.database.checkedPassword();

	@Test
	void healthEndpointAndMetricsOnPostgresqlShowNoPassword() {
		this.runner.withPropertyValues(connection()).run((context) -> {
			assertThat(context).hasNotFailed();
			String health = healthJson(context);
			assertThat(health).contains("\"status\":\"UP\"")
				.contains("\"database\":\"PostgreSQL\"")
				.contains("\"currentVersion\":\"" + Migrations.newestVersion() + "\"")
				.doesNotContain(this.password);
			String endpoint = this.json.writeValueAsString(context.getBean(PierreSchemaEndpoint.class).schema());
			assertThat(endpoint).contains("\"state\":\"applied\"").doesNotContain(this.password);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("pierre.schema.version").tag("database", "postgresql").gauge().value())
				.isEqualTo(Double.parseDouble(Migrations.newestVersion()));
			assertThat(registry.getMeters()).allSatisfy((meter) -> assertThat(meter.getId().toString())
				.doesNotContain(this.password));
		});
	}

	@Test
	void failedVersionOnPostgresqlIsDownAndShowsNoPassword() {
		this.runner.withPropertyValues(connection()).run((context) -> assertThat(context).hasNotFailed());
		new JdbcTemplate(this.database.dataSource()).update("UPDATE pierre_schema_history SET success = false "
				+ "WHERE version = '" + Migrations.newestVersion() + "'");
		this.runner.withPropertyValues(connection()).withPropertyValues("pierre.database.mode=none").run((context) -> {
			assertThat(context).hasNotFailed();
			String health = healthJson(context);
			assertThat(health).contains("\"status\":\"DOWN\"")
				.contains("\"failed\":[\"" + Migrations.newestVersion() + "\"]")
				.doesNotContain(this.password);
		});
	}

	private String healthJson(AssertableApplicationContext context) {
		return this.json.writeValueAsString(context.getBean(HealthEndpoint.class).healthForPath("pierreSchema"));
	}

	private String[] connection() {
		return new String[] { "pierre.database.url=" + this.database.url(),
				"pierre.database.username=" + this.database.username(), "pierre.database.password=" + this.password };
	}

}
