package io.pierre.schema;

/**
 * A service's own migrations could not be applied after the Pierre schema.
 */
public class ServiceMigrationException extends PierreSchemaException {

	public ServiceMigrationException(String message, Throwable cause) {
		super(message, cause);
	}

	@Override
	public String getAction() {
		return "Correct the service's migration that the cause names; it must run on every database the service "
				+ "supports.";
	}

}
