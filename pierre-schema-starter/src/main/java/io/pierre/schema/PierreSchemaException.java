package io.pierre.schema;

/**
 * The root of every exception that the starter throws on purpose: a setting it refuses, a
 * database it does not support or cannot reach, a migration, revert or transfer that it refused or
 * that failed. Its message is meant for the operator, and says what to do where there is a choice.
 */
public class PierreSchemaException extends RuntimeException {

	public PierreSchemaException(String message) {
		super(message);
	}

	public PierreSchemaException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * What the operator can do about it, for a failure report beside the message.
	 * @return the advice
	 */
	public String getAction() {
		return "Correct the cause and try again.";
	}

}
