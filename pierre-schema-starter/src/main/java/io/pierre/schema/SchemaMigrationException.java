package io.pierre.schema;

/**
 * The Pierre schema could not be read, migrated or validated.
 */
public class SchemaMigrationException extends PierreSchemaException {

	public SchemaMigrationException(String message) {
		super(message);
	}

	public SchemaMigrationException(String message, Throwable cause) {
		super(message, cause);
	}

	@Override
	public String getAction() {
		return "See the state of every version with the 'info' command or /actuator/pierreschema, "
				+ "correct the cause and start again. The database is at the last version that succeeded.";
	}

}
