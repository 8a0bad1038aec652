package io.pierre.schema.flyway;

import java.util.function.Predicate;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.FluentConfiguration;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;

/**
 * Lets the application's own Flyway (Spring Boot's) start on the database that holds the Pierre
 * schema. The Pierre tables and their history table are there before it runs, so Flyway finds a
 * non-empty schema without a history of its own and would refuse to migrate; this baselines it at
 * version 0, below any version of the application's, so that every migration of the
 * application's still runs, after the Pierre schema. A setting of the user's wins.
 */
public final class ApplicationFlywayBaseline implements FlywayConfigurationCustomizer {

	/** Below every version an application can give its first migration (Boot's default is 1). */
	static final String BASELINE_VERSION = "0";

	private final Predicate<DataSource> holdsPierreSchema;

	private final boolean baselineOnMigrateSet;

	private final boolean baselineVersionSet;

	/**
	 * Creates the customizer.
	 * @param holdsPierreSchema whether a DataSource is the one that holds the Pierre schema
	 * @param baselineOnMigrateSet whether the user set {@code spring.flyway.baseline-on-migrate}
	 * @param baselineVersionSet whether the user set {@code spring.flyway.baseline-version}
	 */
	public ApplicationFlywayBaseline(Predicate<DataSource> holdsPierreSchema, boolean baselineOnMigrateSet,
			boolean baselineVersionSet) {
		this.holdsPierreSchema = holdsPierreSchema;
		this.baselineOnMigrateSet = baselineOnMigrateSet;
		this.baselineVersionSet = baselineVersionSet;
	}

	@Override
	public void customize(FluentConfiguration configuration) {
		// A Flyway on another database finds no Pierre tables: it is left as Boot made it.
		if (!this.holdsPierreSchema.test(configuration.getDataSource())) {
			return;
		}
		if (!this.baselineOnMigrateSet) {
			configuration.baselineOnMigrate(true);
		}
		if (!this.baselineVersionSet) {
			configuration.baselineVersion(BASELINE_VERSION);
		}
	}

}
