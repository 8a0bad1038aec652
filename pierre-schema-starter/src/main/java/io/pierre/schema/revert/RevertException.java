package io.pierre.schema.revert;

import io.pierre.schema.PierreSchemaException;

/**
 * A version could not be reverted, or a revert was refused; what the message names was not
 * changed.
 */
public class RevertException extends PierreSchemaException {

	public RevertException(String message) {
		super(message);
	}

	public RevertException(String message, Throwable cause) {
		super(message, cause);
	}

}
