package io.pierre.sample;

import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;

/**
 * A PostgreSQL container as the application's database, for {@link TestSampleApplication}.
 */
@TestConfiguration(proxyBeanMethods = false)
class PostgresContainerConfiguration {

	@Bean
	@ServiceConnection
	PostgreSQLContainer postgres() {
		return new PostgreSQLContainer("postgres:15-alpine");
	}

}
