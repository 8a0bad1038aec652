package io.pierre.schema.autoconfigure;

import java.util.Arrays;

import io.pierre.schema.PierreSchemaException;
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
		// echo as well as the starter's own, which may also have come inside the URL.
		return new SecretRedactor(Arrays.asList(properties.getPassword(), urlPassword(properties),
				environment.getProperty("spring.datasource.password")));
	}

	private static String urlPassword(PierreDatabaseProperties properties) {
		if (properties.getUrl() == null) {
			return null;
		}
		try {
			return properties.toDatabaseUrl().password();
		}
		catch (PierreSchemaException ex) {
			// A URL that cannot be read has failed the start already.
			return null;
		}
	}

}
