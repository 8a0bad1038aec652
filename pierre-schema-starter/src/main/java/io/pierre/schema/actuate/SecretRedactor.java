package io.pierre.schema.actuate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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
		// A loop, not a stream: the health indicator makes this at every start.
		List<String> kept = new ArrayList<>();
		for (String secret : secrets) {
			if (secret != null && !secret.isEmpty()) {
				kept.add(secret);
			}
		}
		this.secrets = List.copyOf(kept);
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
		// The configured values first, as they are, since a message may quote a password outside
		// any URL form; then what is left of passwords inside URLs that a driver echoed.
		String redacted = text;
		for (String secret : this.secrets) {
			redacted = redacted.replace(secret, MASK);
		}
		redacted = JdbcUrls.redactText(redacted);
		return redacted;
	}

}
