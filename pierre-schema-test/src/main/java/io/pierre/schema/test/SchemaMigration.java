package io.pierre.schema.test;

import javax.sql.DataSource;

import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.migration.PierreSchemaMigrator;
import io.pierre.schema.safety.BackupPolicy;

/**
 * Brings a test database to the newest Pierre schema with the starter's own migrator. The one
 * place in this module that constructs it, so that a change of its constructor is made here only.
 */
final class SchemaMigration {

	private SchemaMigration() {
	}

	/**
	 * Migrates a database to the newest version, with the default history table and no backup.
	 * @param dataSource the new, empty database
	 */
	static void toNewest(DataSource dataSource) {
		new PierreSchemaMigrator(dataSource, MigrationSettings.defaults().withBackup(BackupPolicy.disabled()),
				MigrationCatalog.load(SchemaMigration.class.getClassLoader()))
			.migrate();
	}

}
