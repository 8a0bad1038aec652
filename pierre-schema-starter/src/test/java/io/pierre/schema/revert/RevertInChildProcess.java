package io.pierre.schema.revert;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.jdbc.DatabaseUrl;
import io.pierre.schema.jdbc.PierreDataSourceFactory;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.migration.PierreSchemaMigrator;
import io.pierre.schema.migration.RevertReport;
import io.pierre.schema.testsupport.PausedChild;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteUpdateListener;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A revert in a process of its own that a test can kill: the starter's pool for a database URL,
 * then the migrator's revert to a target. The "reverting version" lines go to standard output, so
 * that the test sees which version runs.
 * <p>
 * Arguments: the database URL, the user and the password (either may be empty), the target, and
 * optionally a SQLite table: the child stops, for the test to kill it, as a down script writes
 * the first row into that table, inside the version's transaction.
 */
public final class RevertInChildProcess {

	/** The line printed once the revert has completed. */
	static final String DONE = "PIERRE REVERT DONE";

	private RevertInChildProcess() {
	}

	/**
	 * The pool, its SQLite connections told to stop the child when a row is written into the table:
	 * SQLite calls the listener from inside the statement that writes it.
	 */
	private static DataSource pausingAtFirstRowOf(DataSource pool, String table) {
		SQLiteUpdateListener listener = (type, database, changed, rowId) -> {
			if (changed.equals(table)) {
				PausedChild.pause("writing " + table);
			}
		};
		return new DelegatingDataSource(pool) {

			@Override
			public Connection getConnection() throws SQLException {
				Connection connection = super.getConnection();
				connection.unwrap(SQLiteConnection.class).addUpdateListener(listener);
				return connection;
			}

		};
	}

	public static void main(String[] arguments) {
		((Logger) LoggerFactory.getLogger(VersionReverter.class)).setLevel(Level.INFO);
		DatabaseUrl url = DatabaseUrl.parse("pierre.database.url", arguments[0], arguments[1], arguments[2]);
		ClassLoader classLoader = RevertInChildProcess.class.getClassLoader();
		try (HikariDataSource pool = new PierreDataSourceFactory(Duration.ofSeconds(10), Duration.ofSeconds(5), "WAL").create(url)) {
			DataSource dataSource = (arguments.length > 4) ? pausingAtFirstRowOf(pool, arguments[4]) : pool;
			RevertReport report = new PierreSchemaMigrator(dataSource, MigrationSettings.defaults(),
					MigrationCatalog.load(classLoader))
				.revert(arguments[3]);
			System.out.println(DONE + ": " + report.reverted().size() + " versions reverted");
		}
	}

}
