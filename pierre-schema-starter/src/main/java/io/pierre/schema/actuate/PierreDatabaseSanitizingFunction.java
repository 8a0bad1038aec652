package io.pierre.schema.actuate;

import java.util.Set;

import io.pierre.schema.jdbc.JdbcUrls;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the Pierre database's secrets wherever Spring Boot shows property values
 * ({@code /actuator/env}, {@code /actuator/configprops}), also with {@code show-values=always}:
 * the password inside {@code pierre.database.url} (and the Pierre server's {@code DATABASE_URL}),
 * whose other parts stay readable, and {@code pierre.database.password} whole.
 */
public final class PierreDatabaseSanitizingFunction implements SanitizingFunction {

	private static final Set<String> URL_KEYS = Set.of("pierre.database.url", "database.url");

	private static final String PASSWORD_KEY = "pierre.database.password";

	@Override
	public SanitizableData apply(SanitizableData data) {
		// Environment variables (PIERRE_DATABASE_URL) reach here under their own names.
		String key = data.getLowerCaseKey().replace('_', '.');
		if (key.equals(PASSWORD_KEY)) {
			return (data.getValue() != null) ? data.withSanitizedValue() : data;
		}
		if (URL_KEYS.contains(key) && data.getValue() instanceof CharSequence url) {
			return data.withValue(JdbcUrls.redact(url.toString()));
		}
		return data;
	}

}
