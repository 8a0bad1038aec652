package io.pierre.schema.actuate;

import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.jdbc.DatabaseUrl;
import io.pierre.schema.jdbc.PierreDataSourceFactory;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.migration.PierreSchemaMigrator;
import io.pierre.schema.testsupport.Migrations;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real databases for the actuator tests: SQLite files and migrators on them, and rows written
 * into the history table as Flyway writes them.
 */
final class SchemaDatabases {

	static final String NEWEST = Migrations.newestVersion();

	private static final ClassLoader CLASS_LOADER = SchemaDatabases.class.getClassLoader();

	private static final MigrationCatalog CATALOG = MigrationCatalog.load(CLASS_LOADER);

	private SchemaDatabases() {
	}

	/**
	 * A pool on a SQLite file, made as the starter makes it.
	 * @param file the file
	 * @return the pool, which the caller closes
	 */
	static HikariDataSource sqlite(Path file) {
		return new PierreDataSourceFactory(Duration.ofSeconds(10), Duration.ofSeconds(5), "WAL").create(DatabaseUrl.parse("url", "jdbc:sqlite:" + file, null, null));
	}

	static PierreSchemaMigrator migrator(DataSource dataSource) {
		return migrator(dataSource, MigrationSettings.defaults(), false);
	}

	static PierreSchemaMigrator migrator(DataSource dataSource, MigrationSettings settings,
			boolean ignoreFutureVersions) {
		return new PierreSchemaMigrator(dataSource, settings.withIgnoreFutureVersions(ignoreFutureVersions), CATALOG);
	}

	/**
	 * Records a version in the history table as Flyway records one.
	 * @param dataSource the database
	 * @param version the version
	 * @param success whether it succeeded; Flyway leaves a failed row where the database cannot
	 * roll the version back
	 */
	static void recordVersion(DataSource dataSource, String version, boolean success) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		int rank = jdbc.queryForObject("SELECT max(installed_rank) + 1 FROM pierre_schema_history", Integer.class);
		jdbc.update("INSERT INTO pierre_schema_history (installed_rank, version, description, type, script, checksum, "
				+ "installed_by, execution_time, success) VALUES (?, ?, ?, 'SQL', ?, ?, 'test', 12, ?)", rank, version,
				"written by a test", "V" + version + "__written_by_a_test.sql", 123456, success);
	}

}
