package io.pierre.schema.actuate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.migration.FlywayMigrationRunner;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.migration.SchemaMigrationException;

import org.springframework.beans.factory.SmartFactoryBean;

/**
 * Makes the starter's Flyway, read-only, when something first asks for one by type, so that
 * Spring Boot's {@code flyway} endpoint ({@code getBeansOfType(Flyway.class)}) lists the Pierre
 * schema beside the application's own migrations.
 * <p>
 * Nothing asks at startup, and so Flyway stays unloaded there:
 * <ul>
 * <li>the type argument is {@code Object}, not {@code Flyway}, on purpose: Spring Boot finds
 * database initializers, and {@code FlywayAutoConfiguration} looks for an existing Flyway, by the
 * declared type, without making beans; a {@code FactoryBean<Flyway>} would be taken for an
 * initializer that everything using the database waits for, made eagerly, and would turn the
 * application's own Flyway auto-configuration off;</li>
 * <li>{@link #getObjectType()} does not name {@code Flyway} either: the context asks every bean's
 * type after startup, to look for event listeners, and would read all of Flyway's method
 * signatures; {@link #supportsType(Class)} answers a lookup for Flyway by its class's name,
 * which a lookup has already loaded;</li>
 * <li>its bean is registered as no autowire candidate, so that injection points for the
 * application's Flyway never see it.</li>
 * </ul>
 */
public class PierreSchemaFlywayFactoryBean implements SmartFactoryBean<Object> {

	private static final String FLYWAY = "org.flywaydb.core.Flyway";

	private final Supplier<DataSource> dataSource;

	private final Supplier<MigrationSettings> settings;

	private final ClassLoader classLoader;

	private Object flyway;

	/**
	 * Creates the factory. What it needs comes through suppliers, asked when the Flyway is made:
	 * Spring makes this factory early, at the first lookup by type, to learn what it makes, and
	 * the database may not exist yet then.
	 * @param dataSource the database that holds the Pierre schema
	 * @param settings the settings the starter migrates with
	 * @param classLoader the class loader that holds the scripts
	 */
	public PierreSchemaFlywayFactoryBean(Supplier<DataSource> dataSource, Supplier<MigrationSettings> settings,
			ClassLoader classLoader) {
		this.dataSource = dataSource;
		this.settings = settings;
		this.classLoader = classLoader;
	}

	/**
	 * The Flyway, made on the first call, reading which database this is: the scripts differ
	 * between them.
	 * @return a read-only {@code org.flywaydb.core.Flyway}
	 * @throws SchemaMigrationException if the database cannot be reached
	 */
	@Override
	public synchronized Object getObject() {
		if (this.flyway == null) {
			DataSource dataSource = this.dataSource.get();
			this.flyway = new FlywayMigrationRunner(this.settings.get(), this.classLoader).readOnly(dataSource,
					kind(dataSource));
		}
		return this.flyway;
	}

	@Override
	public <S> S getObject(Class<S> type) {
		return supportsType(type) ? type.cast(getObject()) : null;
	}

	@Override
	public boolean supportsType(Class<?> type) {
		return FLYWAY.equals(type.getName());
	}

	/**
	 * Not told: see the class's description.
	 * @return {@code null}
	 */
	@Override
	public Class<?> getObjectType() {
		return null;
	}

	/**
	 * Whether the Flyway was made, for those who check that startup left Flyway alone.
	 * @return whether {@link #getObject()} made one
	 */
	public synchronized boolean isMade() {
		return this.flyway != null;
	}

	private static DatabaseKind kind(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return DatabaseKind.fromProductName(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException ex) {
			throw new SchemaMigrationException("Could not read which database holds the Pierre schema: "
					+ ex.getMessage(), ex);
		}
	}

}
