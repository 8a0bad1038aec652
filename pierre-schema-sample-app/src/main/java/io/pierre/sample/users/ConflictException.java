package io.pierre.sample.users;

/**
 * A request that clashes with what exists.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
