package io.pierre.schema.actuate;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import io.pierre.schema.jdbc.JdbcUrls;

/**
 * Masks credentials in texts that leave the application through the actuator, such as a driver's
 * error message: passwords inside JDBC URLs, and the configured passwords wherever they appear.
 */
public final class SecretRedactor {

	private static final String MASK = "****";

	private final List<String> secrets;

	/**
	 * Creates a redactor.
	 * @param secrets the values to mask wherever they appear; {@code null} and empty ones are
	 * skipped
	 */
	public SecretRedactor(Collection<String> secrets) {
		this.secrets = secrets.stream().filter(Objects::nonNull).filter((secret) -> !secret.isEmpty()).toList();
	}

	/**
	 * Masks what the text holds of credentials.
	 * @param text a text, or {@code null}
	 * @return the text without credentials, or {@code null}
	 */
	public String redact(String text) {
		if (text == null) {
			return null;
		}
		// A driver may echo the URL it was given, credentials included; a message may also
		// quote a password outside any URL form, so the configured values are masked as they are.
		String redacted = JdbcUrls.redact(text);
		for (String secret : this.secrets) {
			redacted = redacted.replace(secret, MASK);
		}
		return redacted;
	}

}
