package io.pierre.schema.flyway;

import java.util.List;

import javax.sql.DataSource;

import io.pierre.schema.ServiceMigrationException;
import io.pierre.schema.jdbc.DatabaseKind;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Applies a service's own Flyway migrations to a database that holds the Pierre schema, as Spring
 * Boot's Flyway does there with the starter: in Flyway's default history table, baselined at
 * version 0 (see {@link ApplicationFlywayBaseline}), so that every migration of the service runs.
 */
public final class ServiceFlywayMigrations {

	private final List<String> locations;

	/**
	 * Creates the migrations of some locations.
	 * @param locations Flyway locations, such as {@code classpath:db/migration}; {@code {vendor}}
	 * in one stands for the database, as in Boot's {@code spring.flyway.locations}
	 */
	public ServiceFlywayMigrations(List<String> locations) {
		this.locations = List.copyOf(locations);
	}

	/**
	 * Applies every migration found.
	 * @param dataSource the database
	 * @param kind what the database is
	 * @param classLoader where {@code classpath:} locations are looked up
	 * @return how many migrations were applied
	 * @throws ServiceMigrationException if one fails
	 */
	public int migrate(DataSource dataSource, DatabaseKind kind, ClassLoader classLoader) {
		String[] resolved = this.locations.stream()
			.map((location) -> location.replace("{vendor}", kind.id()))
			.toArray(String[]::new);
		try {
			return Flyway.configure(classLoader)
				.dataSource(dataSource)
				.locations(resolved)
				.baselineOnMigrate(true)
				.baselineVersion(ApplicationFlywayBaseline.BASELINE_VERSION)
				.load()
				.migrate().migrationsExecuted;
		}
		catch (FlywayException ex) {
			throw new ServiceMigrationException("The service's Flyway migrations (" + String.join(", ", this.locations)
					+ ") could not be applied on " + kind.productName() + ": " + ex.getMessage(), ex);
		}
	}

}
