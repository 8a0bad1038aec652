package io.pierre.schema.revert;

import java.time.Duration;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.jdbc.DatabaseUrl;
import io.pierre.schema.jdbc.PierreDataSourceFactory;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.migration.PierreSchemaMigrator;
import io.pierre.schema.migration.RevertReport;
import org.slf4j.LoggerFactory;

/**
 * A revert in a process of its own that a test can kill: the starter's pool for a database URL,
 * then the migrator's revert to a target. The "reverting version" lines go to standard output, so
 * that the test sees which version runs.
 * <p>
 * Arguments: the database URL, the user and the password (either may be empty), the target.
 */
public final class RevertInChildProcess {

	/** The line printed once the revert has completed. */
	static final String DONE = "PIERRE REVERT DONE";

	private RevertInChildProcess() {
	}

	public static void main(String[] arguments) {
		((Logger) LoggerFactory.getLogger(VersionReverter.class)).setLevel(Level.INFO);
		DatabaseUrl url = DatabaseUrl.parse("pierre.database.url", arguments[0], arguments[1], arguments[2]);
		ClassLoader classLoader = RevertInChildProcess.class.getClassLoader();
		try (HikariDataSource dataSource = new PierreDataSourceFactory(Duration.ofSeconds(10), Duration.ofSeconds(5), "WAL").create(url)) {
			RevertReport report = new PierreSchemaMigrator(dataSource, MigrationSettings.defaults(),
					MigrationCatalog.load(classLoader))
				.revert(arguments[3]);
			System.out.println(DONE + ": " + report.reverted().size() + " versions reverted");
		}
	}

}
