package io.pierre.bench.app;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;

/**
 * Registers the step timer and the reporter, the same in every variant of the app, and the
 * startup query when asked for.
 */
@Configuration(proxyBeanMethods = false)
class BenchConfiguration {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static MigrationStepTimer migrationStepTimer() {
		return new MigrationStepTimer();
	}

	@Bean
	ReadyReporter readyReporter() {
		return new ReadyReporter();
	}

	@Bean
	@ConditionalOnBooleanProperty("bench.query-on-start")
	StartupQuery startupQuery(DataSource dataSource) {
		return new StartupQuery(dataSource);
	}

}
