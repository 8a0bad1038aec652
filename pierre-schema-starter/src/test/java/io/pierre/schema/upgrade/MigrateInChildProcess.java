package io.pierre.schema.upgrade;

import java.time.Duration;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.history.MigrationListener;
import io.pierre.schema.jdbc.DatabaseUrl;
import io.pierre.schema.jdbc.PierreDataSourceFactory;
import io.pierre.schema.migration.MigrationReport;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.migration.PierreSchemaMigrator;
import io.pierre.schema.testsupport.PausedChild;
import org.slf4j.LoggerFactory;

/**
 * What a starting application does to its database, in a process of its own that a test can kill:
 * the starter's pool for a database URL, then the starter's migrator with the default settings.
 * Flyway's "Migrating schema ... to version ..." lines go to standard output, so that the test
 * sees which version runs.
 * <p>
 * Arguments: the database URL, then optionally the user, the password (either may be empty), the
 * journal mode of SQLite files (the starter's default, WAL, unless told) and where to stop for the
 * test to kill it: {@code started:<version>} as that version starts, inside its transaction, or
 * {@code ended:<version>} once its statements have run, before its commit.
 */
public final class MigrateInChildProcess {

	/** The line printed once the migration has completed. */
	static final String DONE = "PIERRE MIGRATION DONE";

	private MigrateInChildProcess() {
	}

	/** A listener that stops the child where told: both calls come inside the version's transaction. */
	private static MigrationListener pauseAt(String where) {
		return new MigrationListener() {

			@Override
			public void versionStarted(SchemaVersion version, String description) {
				if (where.equals("started:" + version.text())) {
					PausedChild.pause(where);
				}
			}

			@Override
			public void versionEnded(SchemaVersion version, String description, Duration duration, boolean success) {
				if (where.equals("ended:" + version.text())) {
					PausedChild.pause(where);
				}
			}

		};
	}

	public static void main(String[] arguments) {
		((Logger) LoggerFactory.getLogger("org.flywaydb.core.internal.command")).setLevel(Level.INFO);
		DatabaseUrl url = DatabaseUrl.parse("pierre.database.url", arguments[0],
				(arguments.length > 1) ? arguments[1] : null, (arguments.length > 2) ? arguments[2] : null);
		ClassLoader classLoader = MigrateInChildProcess.class.getClassLoader();
		String journalMode = (arguments.length > 3) ? arguments[3] : "WAL";
		try (HikariDataSource dataSource = new PierreDataSourceFactory(Duration.ofSeconds(10), Duration.ofSeconds(5), journalMode).create(url)) {
			MigrationReport report = new PierreSchemaMigrator(dataSource, MigrationSettings.defaults(),
					MigrationCatalog.load(classLoader))
				.migrate(pauseAt((arguments.length > 4) ? arguments[4] : ""));
			System.out.println(DONE + ": " + report.applied() + " versions applied");
		}
	}

}
