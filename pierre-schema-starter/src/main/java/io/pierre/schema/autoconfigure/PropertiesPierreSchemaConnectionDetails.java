package io.pierre.schema.autoconfigure;

/**
 * The Pierre database of {@code pierre.database.url}, {@code username} and {@code password}.
 */
final class PropertiesPierreSchemaConnectionDetails implements PierreSchemaConnectionDetails {

	private final PierreDatabaseProperties properties;

	PropertiesPierreSchemaConnectionDetails(PierreDatabaseProperties properties) {
		this.properties = properties;
	}

	@Override
	public String getJdbcUrl() {
		return this.properties.getUrl();
	}

	@Override
	public String getUsername() {
		return this.properties.getUsername();
	}

	@Override
	public String getPassword() {
		return this.properties.getPassword();
	}

}
