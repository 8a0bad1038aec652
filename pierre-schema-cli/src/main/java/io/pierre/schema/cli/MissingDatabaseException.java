package io.pierre.schema.cli;

/**
 * Thrown when a read-only command is pointed at a database that does not exist, which it must
 * not create.
 */
class MissingDatabaseException extends RuntimeException {

	MissingDatabaseException(String message) {
		super(message);
	}

}
