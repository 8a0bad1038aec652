package io.pierre.sample.users;

/**
 * A request that the API refuses, with the reason for the client.
 */
public class InvalidRequestException extends RuntimeException {

	public InvalidRequestException(String message) {
		super(message);
	}

}
