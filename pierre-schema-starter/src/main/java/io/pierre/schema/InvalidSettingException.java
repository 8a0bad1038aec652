package io.pierre.schema;

/**
 * A {@code pierre.database.*} setting that cannot be used, refused before any SQL runs.
 */
public class InvalidSettingException extends PierreSchemaException {

	private final String property;

	public InvalidSettingException(String property, String value, String reason) {
		super(property + " '" + value + "' " + reason);
		this.property = property;
	}

	/**
	 * The property at fault.
	 * @return the property, such as {@code pierre.database.schema}
	 */
	public String getProperty() {
		return this.property;
	}

	@Override
	public String getAction() {
		return "Correct " + this.property + ".";
	}

}
