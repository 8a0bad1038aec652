package io.pierre.schema.autoconfigure;

import io.pierre.schema.actuate.PierreSchemaEndpoint;
import io.pierre.schema.actuate.PierreSchemaEndpointWebExtension;
import io.pierre.schema.migration.PierreSchemaMigrator;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Contributes the {@code pierreschema} endpoint where Spring Boot's actuator is on the classpath
 * and the endpoint is available (exposed and not turned off).
 */
@AutoConfiguration(after = PierreSchemaAutoConfiguration.class)
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnBean(PierreSchemaMigrator.class)
@ConditionalOnAvailableEndpoint(PierreSchemaEndpoint.class)
@EnableConfigurationProperties(PierreDatabaseProperties.class)
public final class PierreSchemaEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	PierreSchemaEndpoint pierreSchemaEndpoint(PierreSchemaMigrator migrator) {
		return new PierreSchemaEndpoint(migrator);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(PierreSchemaEndpoint.class)
	PierreSchemaEndpointWebExtension pierreSchemaEndpointWebExtension(PierreSchemaEndpoint endpoint,
			PierreDatabaseProperties properties, Environment environment) {
		return new PierreSchemaEndpointWebExtension(endpoint, PierreSecretRedactors.of(properties, environment));
	}

}
