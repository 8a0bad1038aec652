package io.pierre.schema.autoconfigure;

import io.pierre.schema.migration.MigrationMode;
import io.pierre.schema.migration.PierreSchemaMigrator;
import io.pierre.schema.migration.SchemaVersion;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates or validates the schema when the context creates it. Boot's database initializer
 * detection makes every bean that needs an initialized database wait for this one.
 */
public class PierreSchemaInitializer implements InitializingBean {

	private static final Log logger = LogFactory.getLog(PierreSchemaInitializer.class);

	private final PierreSchemaMigrator migrator;

	private final MigrationMode mode;

	public PierreSchemaInitializer(PierreSchemaMigrator migrator, MigrationMode mode) {
		this.migrator = migrator;
		this.mode = mode;
	}

	@Override
	public void afterPropertiesSet() {
		switch (this.mode) {
			case MIGRATE -> logger.info(this.migrator.migrate().summary());
			case VALIDATE -> logger.info("Pierre schema: validated at "
					+ this.migrator.validate().currentVersion().map(SchemaVersion::toString).orElse("no version"));
			case NONE -> logger.debug("Pierre schema: mode none, left as it is");
		}
	}

}
