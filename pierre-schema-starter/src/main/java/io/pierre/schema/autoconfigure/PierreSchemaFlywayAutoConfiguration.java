package io.pierre.schema.autoconfigure;

import io.pierre.schema.flyway.ApplicationFlywayBaseline;
import io.pierre.schema.jdbc.PierreSchemaDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Where the application runs Spring Boot's own Flyway, makes it accept the database that already
 * holds the Pierre schema (see {@link ApplicationFlywayBaseline}), so that the application starts
 * with no setting of its own and its migrations run after the Pierre schema.
 */
@AutoConfiguration(before = FlywayAutoConfiguration.class, after = PierreSchemaAutoConfiguration.class)
@ConditionalOnClass({ FlywayConfigurationCustomizer.class, FlywayAutoConfiguration.class })
@ConditionalOnBooleanProperty(name = "pierre.database.enabled", matchIfMissing = true)
@ConditionalOnBean(PierreSchemaDataSource.class)
// Off with Boot's Flyway: a customizer's class names Flyway's, which a start with nothing to do must not load.
@ConditionalOnBooleanProperty(name = "spring.flyway.enabled", matchIfMissing = true)
public final class PierreSchemaFlywayAutoConfiguration {

	@Bean
	FlywayConfigurationCustomizer pierreSchemaApplicationFlywayBaseline(ObjectProvider<PierreSchemaDataSource> schema,
			Environment environment) {
		return new ApplicationFlywayBaseline(() -> schema.getObject().getDataSource(),
				environment.containsProperty("spring.flyway.baseline-on-migrate"),
				environment.containsProperty("spring.flyway.baseline-version"));
	}

}
