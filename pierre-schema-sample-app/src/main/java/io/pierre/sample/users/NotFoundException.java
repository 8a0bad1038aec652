package io.pierre.sample.users;

/**
 * A resource that does not exist.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
