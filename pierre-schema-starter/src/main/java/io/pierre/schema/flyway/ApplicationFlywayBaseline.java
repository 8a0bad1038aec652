package io.pierre.schema.flyway;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.pierre.schema.jdbc.DatabaseIdentity;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.core.Ordered;

/**
 * Lets the application's own Flyway (Spring Boot's) start on the database that holds the Pierre
 * schema. The Pierre tables and their history table are there before it runs, so Flyway finds a
 * non-empty schema without a history of its own and would refuse to migrate; this baselines it at
 * version 0, below any version of the application's, so that every migration of the
 * application's still runs, after the Pierre schema.
 * <p>
 * That database is recognised by what it is ({@link DatabaseIdentity}), not by its DataSource:
 * two pools on one SQLite file or one PostgreSQL database, or a DataSource that wraps another, are
 * one database. A setting of the user's wins: {@code spring.flyway.baseline-*}, and a
 * {@link FlywayConfigurationCustomizer} of the user's, which runs after this one as after Boot's
 * own.
 */
public final class ApplicationFlywayBaseline implements FlywayConfigurationCustomizer, Ordered {

	/** Below every version an application can give its first migration (Boot's default is 1). */
	static final String BASELINE_VERSION = "0";

	private final Supplier<DataSource> pierreSchema;

	private final boolean baselineOnMigrateSet;

	private final boolean baselineVersionSet;

	/**
	 * Creates the customizer.
	 * @param pierreSchema the DataSource of the database that holds the Pierre schema
	 * @param baselineOnMigrateSet whether the user set {@code spring.flyway.baseline-on-migrate}
	 * @param baselineVersionSet whether the user set {@code spring.flyway.baseline-version}
	 */
	public ApplicationFlywayBaseline(Supplier<DataSource> pierreSchema, boolean baselineOnMigrateSet,
			boolean baselineVersionSet) {
		this.pierreSchema = pierreSchema;
		this.baselineOnMigrateSet = baselineOnMigrateSet;
		this.baselineVersionSet = baselineVersionSet;
	}

	/**
	 * First, as Boot orders its own customizers, so that the user's come after and win.
	 * @return the highest precedence
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void customize(FluentConfiguration configuration) {
		// A Flyway on another database finds no Pierre tables: it is left as Boot made it.
		if (!holdsPierreSchema(configuration)) {
			return;
		}
		if (!this.baselineOnMigrateSet) {
			configuration.baselineOnMigrate(true);
		}
		if (!this.baselineVersionSet) {
			configuration.baselineVersion(BASELINE_VERSION);
		}
	}

	private boolean holdsPierreSchema(FluentConfiguration configuration) {
		DataSource flyway = configuration.getDataSource();
		DataSource schema = this.pierreSchema.get();
		String flywaySchema = flywaySchema(configuration);
		if (flyway == schema && flywaySchema == null) {
			return true;
		}
		try {
			Optional<DatabaseIdentity> schemaDatabase = DatabaseIdentity.of(schema);
			Optional<DatabaseIdentity> flywayDatabase = DatabaseIdentity.of(flyway)
				.map((identity) -> (flywaySchema != null) ? identity.inSchema(flywaySchema) : identity);
			return schemaDatabase.isPresent() && schemaDatabase.equals(flywayDatabase);
		}
		catch (SQLException ex) {
			// Flyway reports a database it cannot reach; the Pierre schema's was reached already.
			return false;
		}
	}

	/** The schema that Flyway is told to work in, {@code null} for the connection's. */
	private static String flywaySchema(FluentConfiguration configuration) {
		if (configuration.getDefaultSchema() != null) {
			return configuration.getDefaultSchema();
		}
		String[] schemas = configuration.getSchemas();
		return (schemas.length > 0) ? schemas[0] : null;
	}

}
