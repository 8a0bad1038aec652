package io.pierre.schema.actuate;

import java.util.Set;

import io.pierre.schema.jdbc.JdbcUrls;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the Pierre database's secrets wherever Spring Boot shows property values
 * ({@code /actuator/env}, {@code /actuator/configprops}), also with {@code show-values=always}:
 * the password inside {@code pierre.database.url} (and the Pierre server's {@code DATABASE_URL}),
 * whose other parts stay readable, and {@code pierre.database.password} whole, as well as the
 * password of the pool bound to {@code spring.datasource.hikari}, which holds it when
 * {@code pierre.database.url} is the application's DataSource.
 */
public final class PierreDatabaseSanitizingFunction implements SanitizingFunction {

	private static final Set<String> URL_KEYS = Set.of("pierre.database.url", "database.url");

	/**
	 * The password properties: the starter's, and that of the pool which {@code pierre.database.url}
	 * makes the application's, bound to {@code spring.datasource.hikari} as Boot's own pool is.
	 */
	private static final Set<String> PASSWORD_KEYS = Set.of("pierre.database.password",
			"spring.datasource.hikari.password");

	@Override
	public SanitizableData apply(SanitizableData data) {
		// Environment variables (PIERRE_DATABASE_URL) reach here under their own names.
		String key = data.getLowerCaseKey().replace('_', '.');
		if (PASSWORD_KEYS.contains(key)) {
			return (data.getValue() != null) ? data.withSanitizedValue() : data;
		}
		if (URL_KEYS.contains(key) && data.getValue() instanceof CharSequence url) {
			return data.withValue(JdbcUrls.redact(url.toString()));
		}
		return data;
	}

}
