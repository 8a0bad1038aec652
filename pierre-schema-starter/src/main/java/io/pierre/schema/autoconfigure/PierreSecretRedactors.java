package io.pierre.schema.autoconfigure;

import java.util.Arrays;

import io.pierre.schema.actuate.SecretRedactor;

import org.springframework.core.env.Environment;

/**
 * The redactor of what the actuator shows of database errors.
 */
final class PierreSecretRedactors {

	private PierreSecretRedactors() {
	}

	static SecretRedactor of(PierreDatabaseProperties properties, Environment environment) {
		// The schema may live in the application's DataSource, whose password a driver could
		// echo as well as the starter's own.
		return new SecretRedactor(
				Arrays.asList(properties.getPassword(), environment.getProperty("spring.datasource.password")));
	}

}
