package io.pierre.sample;

import org.springframework.boot.SpringApplication;

/**
 * Runs the sample app for development against a PostgreSQL that Testcontainers starts (needs a
 * Docker engine). The {@code containers} profile sets no {@code pierre.database.url}, so the
 * container, the application's DataSource through {@code @ServiceConnection}, gets the schema.
 */
public class TestSampleApplication {

	public static void main(String[] args) {
		SpringApplication.from(PierreSampleApplication::main)
			.with(PostgresContainerConfiguration.class)
			.withAdditionalProfiles("containers")
			.run(args);
	}

}
