package io.pierre.schema.autoconfigure;

import java.util.Optional;

import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.migration.MigrationMode;
import io.pierre.schema.migration.MigrationReport;
import io.pierre.schema.migration.PierreSchemaMigrator;
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

	private MigrationReport report;

	public PierreSchemaInitializer(PierreSchemaMigrator migrator, MigrationMode mode) {
		this.migrator = migrator;
		this.mode = mode;
	}

	@Override
	public void afterPropertiesSet() {
		// Not a switch: a switch on an enum of another class is one more class, made at every start.
		if (this.mode == MigrationMode.MIGRATE) {
			this.report = this.migrator.migrate();
			logger.info(this.report.summary());
		}
		else if (this.mode == MigrationMode.VALIDATE) {
			logger.info("Pierre schema: valid at "
					+ this.migrator.validate().currentVersion().map(SchemaVersion::toString).orElse("no version"));
		}
		else {
			logger.debug("Pierre schema: mode none, left as it is");
		}
	}

	/**
	 * What the startup migration did.
	 * @return the report, empty unless the mode is {@link MigrationMode#MIGRATE}
	 */
	public Optional<MigrationReport> getReport() {
		return Optional.ofNullable(this.report);
	}

}
