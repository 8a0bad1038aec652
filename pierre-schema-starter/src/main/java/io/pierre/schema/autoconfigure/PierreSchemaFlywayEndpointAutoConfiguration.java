package io.pierre.schema.autoconfigure;

import io.pierre.schema.actuate.PierreSchemaFlywayFactoryBean;
import io.pierre.schema.jdbc.PierreSchemaDataSource;
import io.pierre.schema.migration.PierreSchemaMigrator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.actuate.endpoint.FlywayEndpoint;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * Lists the starter's migrations in Spring Boot's {@code flyway} endpoint, where that endpoint
 * is on the classpath and available, without loading Flyway at startup: the starter's Flyway is
 * made when the endpoint is first read (see {@link PierreSchemaFlywayFactoryBean}).
 * <p>
 * Ordered after Boot's Flyway auto-configurations, so that the application's own Flyway is
 * configured as if the starter had none, and Boot's endpoint is there when the application has a
 * Flyway of its own; without one, Boot's endpoint is not made (it asks for a Flyway by type without
 * making any), and so this makes it.
 */
@AutoConfiguration(after = PierreSchemaAutoConfiguration.class,
		afterName = { "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
				"org.springframework.boot.flyway.autoconfigure.FlywayEndpointAutoConfiguration" })
@ConditionalOnClass({ FlywayEndpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnBean(PierreSchemaMigrator.class)
@ConditionalOnAvailableEndpoint(FlywayEndpoint.class)
@EnableConfigurationProperties(PierreDatabaseProperties.class)
public final class PierreSchemaFlywayEndpointAutoConfiguration {

	@Bean(autowireCandidate = false)
	static PierreSchemaFlywayFactoryBean pierreSchemaFlyway(ObjectProvider<PierreSchemaDataSource> dataSource,
			ObjectProvider<PierreDatabaseProperties> properties, ResourceLoader resourceLoader) {
		// Providers, not beans: Spring makes a factory bean at the first lookup by type, before
		// the DataSource that it would otherwise pull in, and around which it would then go in a
		// circle.
		return new PierreSchemaFlywayFactoryBean(() -> dataSource.getObject().getDataSource(),
				() -> properties.getObject().toMigrationSettings(), resourceLoader.getClassLoader());
	}

	@Bean
	@ConditionalOnMissingBean
	FlywayEndpoint flywayEndpoint(ApplicationContext context) {
		return new FlywayEndpoint(context);
	}

}
