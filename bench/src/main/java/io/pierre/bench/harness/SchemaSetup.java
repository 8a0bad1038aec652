package io.pierre.bench.harness;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.jdbc.DatabaseUrl;
import io.pierre.schema.jdbc.PierreDataSourceFactory;
import io.pierre.schema.migration.MigrationReport;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.migration.PierreSchemaMigrator;

/**
 * Brings a database to a version with the starter's own API, in the harness's JVM: the setup of a
 * benchmark, never what it times.
 */
final class SchemaSetup {

	private SchemaSetup() {
	}

	/**
	 * Migrates a database.
	 * @param database the database
	 * @param target the version to stop at, or {@code null} for the newest
	 * @return what was done
	 */
	static MigrationReport migrate(DatabaseTarget database, String target) {
		ClassLoader classLoader = SchemaSetup.class.getClassLoader();
		try (HikariDataSource dataSource = new PierreDataSourceFactory(Duration.ofSeconds(10), Duration.ofSeconds(30), "WAL")
			.create(new DatabaseUrl(database.kind(), database.url(), database.user(), database.password()))) {
			MigrationSettings settings = MigrationSettings.defaults()
				.withTarget((target != null) ? SchemaVersion.of(target) : null);
			return new PierreSchemaMigrator(dataSource, settings, MigrationCatalog.load(classLoader)).migrate();
		}
	}

}
