package io.pierre.schema.transfer;

import io.pierre.schema.PierreSchemaException;

/**
 * A transfer that was refused or failed; the target holds none of the source's rows.
 */
public class TransferException extends PierreSchemaException {

	public TransferException(String message) {
		super(message);
	}

	public TransferException(String message, Throwable cause) {
		super(message, cause);
	}

}
