package io.pierre.schema.autoconfigure;

import java.nio.file.Path;

import io.micrometer.core.instrument.MeterRegistry;
import io.pierre.schema.actuate.PierreSchemaEndpoint;
import io.pierre.schema.actuate.PierreSchemaEndpointWebExtension;
import io.pierre.schema.actuate.PierreSchemaHealthIndicator;
import io.pierre.schema.actuate.PierreSchemaMetrics;
import io.pierre.schema.testsupport.ForkedJvm;
import io.pierre.schema.testsupport.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the actuator auto-configurations: {@link PierreSchemaHealthContributorAutoConfiguration},
 * {@link PierreSchemaEndpointAutoConfiguration} and {@link PierreSchemaMetricsAutoConfiguration}, on
 * SQLite files.
 */
class PierreSchemaActuatorAutoConfigurationTests {

	/** The starter, with its actuator auto-configurations and none of Boot's. */
	private final ApplicationContextRunner starterOnly = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				PierreDataSourceAutoConfiguration.class, PierreSchemaAutoConfiguration.class,
				PierreSchemaHealthContributorAutoConfiguration.class, PierreSchemaEndpointAutoConfiguration.class,
				PierreSchemaMetricsAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=health,pierreschema");

	/** The starter beside Boot's health endpoint and a simple meter registry. */
	private final ApplicationContextRunner runner = this.starterOnly
		.withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class,
				HealthContributorAutoConfiguration.class, HealthContributorRegistryAutoConfiguration.class,
				HealthEndpointAutoConfiguration.class, MetricsAutoConfiguration.class,
				SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class))
		.withPropertyValues("management.endpoint.health.show-details=always");

	@TempDir
	Path dir;

	@Test
	void contributesTheIndicatorTheEndpointAndTheMetrics() {
		this.runner.withPropertyValues(url()).run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(PierreSchemaHealthIndicator.class)
				.hasBean("pierreSchemaHealthIndicator")
				.hasSingleBean(PierreSchemaEndpoint.class)
				.hasSingleBean(PierreSchemaEndpointWebExtension.class)
				.hasSingleBean(PierreSchemaMetrics.class);
			HealthDescriptor health = context.getBean(HealthEndpoint.class).healthForPath("pierreSchema");
			assertThat(health).isInstanceOfSatisfying(IndicatedHealthDescriptor.class, (indicated) -> {
				assertThat(indicated.getStatus()).isEqualTo(Status.UP);
				assertThat(indicated.getDetails()).containsEntry("currentVersion", Migrations.newestVersion())
					.containsEntry("mode", "migrate");
			});
			assertThat(context.getBean(PierreSchemaEndpoint.class).schema().migrations()).hasSize(Migrations.versions().size());
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("pierre.schema.version").tag("database", "sqlite").gauge().value())
				.isEqualTo(Double.parseDouble(Migrations.newestVersion()));
			assertThat(registry.get("pierre.schema.pending").tag("database", "sqlite").gauge().value()).isZero();
			assertThat(registry.get("pierre.schema.migration").tag("database", "sqlite").timer().count()).isOne();
		});
	}

	@Test
	void indicatorFollowsTheConfiguredMode() {
		this.runner.withPropertyValues(url(), "pierre.database.mode=none").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(PierreSchemaHealthIndicator.class).health().getStatus())
				.isEqualTo(Status.OUT_OF_SERVICE);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("pierre.schema.pending").tag("database", "sqlite").gauge().value()).isEqualTo(Migrations.versions().size());
			// No startup migration ran, so there is no time to report.
			assertThat(registry.find("pierre.schema.migration").meters()).isEmpty();
		});
	}

	@Test
	void applicationWithoutTheActuatorHealthAndMicrometerStartsWithoutThem() throws Exception {
		// Without those jars, in a JVM of its own: auto-configuration's import filter must leave
		// the starter's actuator support out before any missing class is needed.
		ForkedJvm.Result result = new ForkedJvm()
			.without("spring-boot-actuator", "spring-boot-health-", "spring-boot-micrometer-", "micrometer-")
			.run(ForkedApplication.class, "--" + url(), "--spring.flyway.enabled=false");
		assertThat(result.classpath()).doesNotContain("spring-boot-health-").contains("flyway-core");
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.linesStartingWith("BEAN ")).contains("pierreSchemaMigrator", "pierreSchemaInitializer")
			.doesNotContain("pierreSchemaHealthIndicator", "pierreSchemaEndpoint", "pierreSchemaMetrics");
	}

	@Test
	void eachBacksOffWithoutItsOwnModule() {
		this.runner.withPropertyValues(url()).withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.run((context) -> assertThat(context).doesNotHaveBean(PierreSchemaHealthIndicator.class)
				.hasSingleBean(PierreSchemaEndpoint.class)
				.hasSingleBean(PierreSchemaMetrics.class));
		this.runner.withPropertyValues(url()).withClassLoader(new FilteredClassLoader(Endpoint.class))
			.run((context) -> assertThat(context).doesNotHaveBean(PierreSchemaEndpoint.class)
				.hasSingleBean(PierreSchemaMetrics.class));
		this.runner.withPropertyValues(url()).withClassLoader(new FilteredClassLoader("io.micrometer"))
			.run((context) -> assertThat(context).doesNotHaveBean(PierreSchemaMetrics.class)
				.hasSingleBean(PierreSchemaHealthIndicator.class)
				.hasSingleBean(PierreSchemaEndpoint.class));
	}

	@Test
	void endpointNotExposedOrWithoutAccessIsLeftOut() {
		this.runner.withPropertyValues(url(), "management.endpoints.web.exposure.include=health")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(PierreSchemaEndpoint.class)
				.hasSingleBean(PierreSchemaHealthIndicator.class));
		this.runner.withPropertyValues(url(), "management.endpoint.pierreschema.access=NONE")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(PierreSchemaEndpoint.class));
	}

	@Test
	void indicatorTurnedOffIsLeftOut() {
		this.runner.withPropertyValues(url(), "management.health.pierreschema.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(PierreSchemaHealthIndicator.class)
				.hasSingleBean(PierreSchemaEndpoint.class));
		this.runner.withPropertyValues(url(), "management.health.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(PierreSchemaHealthIndicator.class));
	}

	@Test
	void micrometerWithoutAMeterRegistryGivesNoMetrics() {
		this.starterOnly.withPropertyValues(url())
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(PierreSchemaMetrics.class)
				.hasSingleBean(PierreSchemaHealthIndicator.class)
				.hasSingleBean(PierreSchemaEndpoint.class));
	}

	@Test
	void disabledStarterContributesNothing() {
		this.runner.withPropertyValues(url(), "pierre.database.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(PierreSchemaHealthIndicator.class)
				.doesNotHaveBean(PierreSchemaEndpoint.class)
				.doesNotHaveBean(PierreSchemaMetrics.class);
		});
	}

	@Test
	void ownIndicatorIsKept() {
		this.runner.withPropertyValues(url())
			.withBean("pierreSchemaHealthIndicator", HealthIndicator.class, () -> () -> null)
			.run((context) -> assertThat(context).doesNotHaveBean(PierreSchemaHealthIndicator.class)
				.hasBean("pierreSchemaHealthIndicator"));
	}

	private String url() {
		return "pierre.database.url=jdbc:sqlite:" + this.dir.resolve("users.db");
	}

}
