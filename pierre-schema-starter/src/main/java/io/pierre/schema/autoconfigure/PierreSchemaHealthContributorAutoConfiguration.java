package io.pierre.schema.autoconfigure;

import java.time.Clock;

import io.pierre.schema.actuate.DriftCheck;
import io.pierre.schema.actuate.PierreSchemaHealthIndicator;
import io.pierre.schema.actuate.SecretRedactor;
import io.pierre.schema.migration.PierreSchemaMigrator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Contributes the {@code pierreSchema} health indicator where Spring Boot's health support is on
 * the classpath. Turned off with {@code management.health.pierreschema.enabled=false}.
 */
@AutoConfiguration(after = PierreSchemaAutoConfiguration.class)
@ConditionalOnClass({ HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(PierreSchemaMigrator.class)
@ConditionalOnEnabledHealthIndicator("pierreschema")
@EnableConfigurationProperties(PierreDatabaseProperties.class)
public final class PierreSchemaHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "pierreSchemaHealthIndicator")
	PierreSchemaHealthIndicator pierreSchemaHealthIndicator(PierreSchemaMigrator migrator,
			PierreDatabaseProperties properties, Environment environment) {
		SecretRedactor redactor = PierreSecretRedactors.of(properties, environment);
		DriftCheck driftCheck = new DriftCheck(migrator, properties.getHealth().getDriftCheckInterval(),
				Clock.systemUTC());
		return new PierreSchemaHealthIndicator(migrator, properties.getMode(), properties.isIgnoreFutureVersions(),
				redactor, driftCheck);
	}

}
