package io.pierre.schema.migration;

/**
 * The Pierre schema could not be read, migrated or validated.
 */
public class SchemaMigrationException extends RuntimeException {

	public SchemaMigrationException(String message) {
		super(message);
	}

	public SchemaMigrationException(String message, Throwable cause) {
		super(message, cause);
	}

}
