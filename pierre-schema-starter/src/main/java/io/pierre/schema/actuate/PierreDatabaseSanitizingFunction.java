package io.pierre.schema.actuate;

import java.util.Locale;
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
 * {@code pierre.database.url} is the application's DataSource. The values that carry those
 * properties in other forms are masked the same way inside them: the JVM's command line
 * ({@code sun.java.command}) and {@code spring.application.json} (or
 * {@code SPRING_APPLICATION_JSON}).
 */
public final class PierreDatabaseSanitizingFunction implements SanitizingFunction {

	private static final Set<String> URL_KEYS = Set.of("pierre.database.url", "database.url");

	/**
	 * The password properties: the starter's, and that of the pool which {@code pierre.database.url}
	 * makes the application's, bound to {@code spring.datasource.hikari} as Boot's own pool is.
	 */
	private static final Set<String> PASSWORD_KEYS = Set.of("pierre.database.password",
			"spring.datasource.hikari.password");

	private static final String COMMAND_LINE_KEY = "sun.java.command";

	private static final String JSON_KEY = "spring.application.json";

	@Override
	public SanitizableData apply(SanitizableData data) {
		String key = normalize(data.getKey());
		if (PASSWORD_KEYS.contains(key)) {
			return (data.getValue() != null) ? data.withSanitizedValue() : data;
		}
		if (!(data.getValue() instanceof CharSequence text)) {
			return data;
		}
		if (URL_KEYS.contains(key)) {
			return data.withValue(JdbcUrls.redact(text.toString()));
		}
		if (key.equals(COMMAND_LINE_KEY)) {
			return data.withValue(CommandLineSecrets.redact(text.toString()));
		}
		if (key.equals(JSON_KEY)) {
			String redacted = JsonSecrets.redact(text.toString());
			return (redacted != null) ? data.withValue(redacted) : data.withSanitizedValue();
		}
		return data;
	}

	/**
	 * A property's name as the starter's keys are written: environment variables
	 * ({@code PIERRE_DATABASE_URL}) and other relaxed forms reach here under their own names.
	 * @param name the name as given
	 * @return the name in lower case, with dots for underscores and no dashes
	 */
	static String normalize(String name) {
		return name.toLowerCase(Locale.ROOT).replace('_', '.').replace("-", "");
	}

	/**
	 * How a value of a property is shown: masked whole for a password, its password masked for a
	 * URL, the properties inside it for {@code spring.application.json}.
	 * @param name the property's name, normalized
	 * @param value its value
	 * @return the value to show
	 */
	static String sanitize(String name, String value) {
		if (PASSWORD_KEYS.contains(name) || name.equals("password") || name.endsWith(".password")) {
			return SanitizableData.SANITIZED_VALUE;
		}
		if (name.equals(JSON_KEY)) {
			String redacted = JsonSecrets.redact(value);
			return (redacted != null) ? redacted : SanitizableData.SANITIZED_VALUE;
		}
		return JdbcUrls.redact(value);
	}

}
