package io.pierre.schema.transfer;

/**
 * A transfer that was refused or failed; the target holds none of the source's rows.
 */
public class TransferException extends RuntimeException {

	public TransferException(String message) {
		super(message);
	}

	public TransferException(String message, Throwable cause) {
		super(message, cause);
	}

}
