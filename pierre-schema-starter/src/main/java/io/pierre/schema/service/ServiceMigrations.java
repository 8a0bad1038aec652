package io.pierre.schema.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import io.pierre.schema.ServiceMigrationException;
import io.pierre.schema.flyway.ServiceFlywayMigrations;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.liquibase.ServiceLiquibaseMigrations;

/**
 * What a service applies to its database after the Pierre schema: its own Flyway migrations, its
 * Liquibase changelog, its own SQL scripts (Boot's {@code schema.sql}), or nothing. Applied on a
 * copy of the service's database (a test's other database, the databases a compile-time check
 * prepares on), so that it holds the service's tables too. Immutable; equal values apply the same.
 * <p>
 * {@link ServiceMigrationDiscovery} finds them where Spring Boot would.
 */
public final class ServiceMigrations {

	private static final ServiceMigrations NONE = new ServiceMigrations(List.of(), "", List.of(), ";");

	private final List<String> flywayLocations;

	private final String liquibaseChangeLog;

	private final List<String> scriptLocations;

	private final String separator;

	ServiceMigrations(List<String> flywayLocations, String liquibaseChangeLog, List<String> scriptLocations,
			String separator) {
		this.flywayLocations = List.copyOf(flywayLocations);
		this.liquibaseChangeLog = liquibaseChangeLog;
		this.scriptLocations = List.copyOf(scriptLocations);
		this.separator = separator;
	}

	/**
	 * Nothing of the service's own.
	 * @return no migrations
	 */
	public static ServiceMigrations none() {
		return NONE;
	}

	/**
	 * Flyway migrations, applied as Boot's Flyway applies them beside the starter.
	 * @param locations Flyway locations, such as {@code classpath:db/migration}; {@code {vendor}}
	 * in one is replaced by the database's id ({@code sqlite}, {@code postgresql})
	 * @return the migrations
	 */
	public static ServiceMigrations flyway(List<String> locations) {
		return of(locations, List.of(), ";");
	}

	/**
	 * A Liquibase changelog, applied as Boot's Liquibase applies it beside the starter.
	 * @param changeLog the master changelog, such as
	 * {@code classpath:/db/changelog/db.changelog-master.yaml}
	 * @return the migrations
	 */
	public static ServiceMigrations liquibase(String changeLog) {
		return new ServiceMigrations(List.of(), changeLog, List.of(), ";");
	}

	/**
	 * SQL scripts, run in order as Boot's SQL initialization runs its schema scripts.
	 * @param locations Spring resource locations, such as {@code classpath:schema.sql}; a
	 * {@code classpath*:} pattern and the {@code optional:} prefix as Boot reads them; one that is
	 * not optional must exist
	 * @param separator what ends a statement in them, {@code ;} as Boot's default
	 * @return the migrations
	 */
	public static ServiceMigrations scripts(List<String> locations, String separator) {
		return of(List.of(), locations, separator);
	}

	/**
	 * Flyway migrations, then SQL scripts: a service with both.
	 * @param flywayLocations as for {@link #flyway(List)}
	 * @param scriptLocations as for {@link #scripts(List, String)}
	 * @param separator as for {@link #scripts(List, String)}
	 * @return the migrations
	 */
	public static ServiceMigrations of(List<String> flywayLocations, List<String> scriptLocations, String separator) {
		return new ServiceMigrations(flywayLocations, "", scriptLocations, separator);
	}

	/**
	 * Whether there is nothing to apply.
	 * @return whether these are {@link #none()}
	 */
	public boolean isEmpty() {
		return this.flywayLocations.isEmpty() && this.liquibaseChangeLog.isEmpty() && this.scriptLocations.isEmpty();
	}

	/**
	 * The Flyway locations.
	 * @return the locations, empty if the service has no Flyway migrations
	 */
	public List<String> flywayLocations() {
		return this.flywayLocations;
	}

	/**
	 * The Liquibase changelog.
	 * @return its location, empty if the service has no Liquibase changelog
	 */
	public String liquibaseChangeLog() {
		return this.liquibaseChangeLog;
	}

	/**
	 * The script locations.
	 * @return the locations, empty if the service has no scripts
	 */
	public List<String> scriptLocations() {
		return this.scriptLocations;
	}

	/**
	 * Applies the migrations to a database that holds the Pierre schema: the Flyway migrations
	 * first, then the Liquibase changelog, then the scripts.
	 * @param dataSource the database
	 * @param kind what the database is
	 * @param classLoader where the service's migrations are looked up
	 * @throws ServiceMigrationException if one fails, naming it and the database's error
	 */
	public void applyTo(DataSource dataSource, DatabaseKind kind, ClassLoader classLoader) {
		if (!this.flywayLocations.isEmpty()) {
			new ServiceFlywayMigrations(this.flywayLocations).migrate(dataSource, kind, classLoader);
		}
		if (!this.liquibaseChangeLog.isEmpty()) {
			new ServiceLiquibaseMigrations(this.liquibaseChangeLog).migrate(dataSource, kind, classLoader);
		}
		if (!this.scriptLocations.isEmpty()) {
			new SchemaScripts(this.scriptLocations, this.separator).run(dataSource, kind, classLoader);
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ServiceMigrations migrations && migrations.flywayLocations.equals(this.flywayLocations)
				&& migrations.liquibaseChangeLog.equals(this.liquibaseChangeLog)
				&& migrations.scriptLocations.equals(this.scriptLocations) && migrations.separator.equals(this.separator);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.flywayLocations, this.liquibaseChangeLog, this.scriptLocations, this.separator);
	}

	@Override
	public String toString() {
		if (isEmpty()) {
			return "no migrations of the service's";
		}
		List<String> parts = new ArrayList<>();
		if (!this.flywayLocations.isEmpty()) {
			parts.add("Flyway " + String.join(", ", this.flywayLocations));
		}
		if (!this.liquibaseChangeLog.isEmpty()) {
			parts.add("Liquibase " + this.liquibaseChangeLog);
		}
		if (!this.scriptLocations.isEmpty()) {
			parts.add("scripts " + String.join(", ", this.scriptLocations));
		}
		return String.join(", then ", parts);
	}

}
