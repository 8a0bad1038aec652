package io.pierre.schema.cli;

import javax.sql.DataSource;

import io.pierre.schema.autoconfigure.PierreDatabaseProperties;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.migration.PierreSchemaMigrator;

/**
 * Makes the commands' migrator from the bound properties, as the starter's auto-configuration
 * does: the one place that knows the migrator's constructor.
 */
final class SchemaMigrators {

	private final MigrationCatalog catalog;

	SchemaMigrators(MigrationCatalog catalog) {
		this.catalog = catalog;
	}

	PierreSchemaMigrator create(DataSource dataSource, PierreDatabaseProperties properties) {
		return new PierreSchemaMigrator(dataSource, properties.toMigrationSettings(), this.catalog);
	}

}
