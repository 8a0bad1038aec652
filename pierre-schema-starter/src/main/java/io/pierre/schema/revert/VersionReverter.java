package io.pierre.schema.revert;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.catalog.ScriptStatements;
import io.pierre.schema.integrity.SqliteVersionChanges;
import io.pierre.schema.jdbc.DatabaseKind;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptException;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.util.FileCopyUtils;

import static io.pierre.schema.jdbc.JdbcTables.quote;

/**
 * Reverts one version with its down script: the script and the removal of the version's history
 * row run in one transaction, on one connection, so that a failure or a process killed half way
 * leaves the database at the version it had. On SQLite that connection has foreign-key
 * enforcement off for the run, as SQLite's procedure for table rebuilds asks, and gets it back
 * afterwards. Unless told to discard data, a down script that would drop rows or values that the
 * older version cannot hold is refused before it runs.
 */
public final class VersionReverter {

	private static final Log logger = LogFactory.getLog(VersionReverter.class);

	private final RevertScripts scripts;

	private final MigrationCatalog catalog;

	private final String historyTable;

	private final String schema;

	/**
	 * Creates a reverter.
	 * @param catalog the embedded versions, whose class loader holds the down scripts
	 * @param historyTable the Flyway-format history table
	 * @param schema the PostgreSQL schema that holds the tables and the history, or {@code null}
	 * for the connection's
	 */
	public VersionReverter(MigrationCatalog catalog, String historyTable, String schema) {
		this.scripts = new RevertScripts(catalog.classLoader());
		this.catalog = catalog;
		this.historyTable = historyTable;
		this.schema = schema;
	}

	/**
	 * Checks, changing nothing, that versions can be reverted: each has a down script, and none
	 * would discard data unless that is allowed.
	 * @param dataSource the database
	 * @param kind what the database is
	 * @param versions the versions to revert, as version and description, newest first
	 * @param discardData whether data that the older versions cannot hold may go
	 * @throws RevertException if a version has no down script
	 * @throws DataLossException if data would be lost and that is not allowed
	 * @throws SQLException if the database cannot be read
	 */
	public void check(DataSource dataSource, DatabaseKind kind, List<Step> versions, boolean discardData)
			throws SQLException {
		for (Step step : versions) {
			script(kind, step);
		}
		if (discardData) {
			return;
		}
		List<DataLoss> losses = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			DataLossCheck check = new DataLossCheck(schema(connection, kind));
			for (Step step : versions) {
				losses.addAll(check.find(connection, VersionDrops.of(this.catalog, step.version())));
			}
		}
		if (!losses.isEmpty()) {
			throw new DataLossException(losses);
		}
	}

	/**
	 * Reverts one version.
	 * @param dataSource the database
	 * @param kind what the database is
	 * @param step the version, which must be the newest applied
	 * @param discardData whether data that the older version cannot hold may go
	 * @return what was done
	 * @throws DataLossException if data would be lost and that is not allowed; nothing was changed
	 * @throws RevertException if the script fails or the history has no row for the version;
	 * nothing was changed
	 * @throws SQLException if the database cannot be reached
	 */
	public RevertedVersion revert(DataSource dataSource, DatabaseKind kind, Step step, boolean discardData)
			throws SQLException {
		long start = System.nanoTime();
		String location = script(kind, step);
		logger.info("Pierre schema: reverting version " + step.version() + " (" + step.description() + ")");
		VersionDrops drops = VersionDrops.of(this.catalog, step.version());
		try (Connection connection = dataSource.getConnection()) {
			boolean enforced = (kind == DatabaseKind.SQLITE) && foreignKeys(connection);
			if (enforced) {
				setForeignKeys(connection, false);
			}
			try {
				List<DataLoss> discarded = inTransaction(connection, kind, step, location, drops, discardData);
				if (!discarded.isEmpty()) {
					logger.warn("Pierre schema: reverting version " + step.version() + " discarded, as told: "
							+ String.join(", ", discarded.stream().map(DataLoss::describe).toList()));
				}
				return new RevertedVersion(step.version(), step.description(), discarded,
						Duration.ofNanos(System.nanoTime() - start));
			}
			finally {
				if (enforced) {
					setForeignKeys(connection, true);
				}
			}
		}
	}

	private List<DataLoss> inTransaction(Connection connection, DatabaseKind kind, Step step, String location,
			VersionDrops drops, boolean discardData) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			String schema = schema(connection, kind);
			if (this.schema != null) {
				// For this transaction only, as Flyway sets it for the up scripts.
				try (PreparedStatement statement = connection
					.prepareStatement("SELECT set_config('search_path', ?, true)")) {
					statement.setString(1, quote(this.schema));
					statement.execute();
				}
			}
			List<DataLoss> losses = new DataLossCheck(schema).find(connection, drops);
			if (!losses.isEmpty() && !discardData) {
				throw new DataLossException(losses);
			}
			SqliteVersionChanges changes = (kind == DatabaseKind.SQLITE) ? SqliteVersionChanges.from(connection) : null;
			runScript(connection, location, step);
			if (changes != null) {
				checkForeignKeys(connection, changes, step);
			}
			removeHistoryRow(connection, schema, step);
			connection.commit();
			return losses;
		}
		catch (SQLException | RuntimeException ex) {
			try {
				connection.rollback();
			}
			catch (SQLException rollbackFailure) {
				ex.addSuppressed(rollbackFailure);
			}
			throw ex;
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	private void runScript(Connection connection, String location, Step step) {
		EncodedResource script = new EncodedResource(new ClassPathResource(location, this.catalog.classLoader()),
				StandardCharsets.UTF_8);
		try {
			String text = text(script);
			if (ScriptStatements.endsStatementsWithMarker(text)) {
				runStatements(connection, text, step);
			}
			else if (hasStatements(text)) {
				ScriptUtils.executeSqlScript(connection, script);
			}
		}
		catch (IOException ex) {
			throw new RevertException("Could not read " + location + ", so version " + step.version()
					+ " was left applied: " + ex.getMessage(), ex);
		}
		catch (ScriptException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw new RevertException("Reverting version " + step.version() + " failed, so it was left applied: "
					+ cause.getMessage(), ex);
		}
	}

	/** With enforcement off, the script could leave rows without their parent: checked before the commit. */
	private static void checkForeignKeys(Connection connection, SqliteVersionChanges changes, Step step)
			throws SQLException {
		SqliteVersionChanges.Violations violations = changes.orphans(connection);
		if (violations.total() > 0) {
			throw new RevertException("Reverting version " + step.version() + " would leave " + violations.describe()
					+ "; nothing was changed");
		}
	}

	private static void runStatements(Connection connection, String script, Step step) {
		try (Statement statement = connection.createStatement()) {
			for (String sql : ScriptStatements.of(script)) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new RevertException("Reverting version " + step.version() + " failed, so it was left applied: "
					+ ex.getMessage(), ex);
		}
	}

	private static String text(EncodedResource script) throws IOException {
		try (Reader reader = script.getReader()) {
			return FileCopyUtils.copyToString(reader);
		}
	}

	/** A version that changed nothing has a down script of comments only, which ScriptUtils refuses. */
	private static boolean hasStatements(String script) {
		return script.lines()
			.map(String::strip)
			.anyMatch((line) -> !line.isEmpty() && !line.startsWith(ScriptUtils.DEFAULT_COMMENT_PREFIX));
	}

	private void removeHistoryRow(Connection connection, String schema, Step step) throws SQLException {
		String table = (schema != null) ? quote(schema) + "." + quote(this.historyTable) : quote(this.historyTable);
		try (PreparedStatement statement = connection.prepareStatement(
				"DELETE FROM " + table + " WHERE version = ? AND success = ? AND type <> 'BASELINE'")) {
			statement.setString(1, step.version());
			statement.setBoolean(2, true);
			int removed = statement.executeUpdate();
			if (removed != 1) {
				throw new RevertException("The history table " + this.historyTable + " holds " + removed
						+ " applied rows for version " + step.version() + " instead of one, so it was left applied");
			}
		}
	}

	private String script(DatabaseKind kind, Step step) {
		return this.scripts.find(kind, step.version(), step.description())
			.orElseThrow(() -> new RevertException("Version " + step.version() + " has no down script for "
					+ kind.productName() + " (" + RevertScripts.ROOT + "/{" + kind.id() + "," + RevertScripts.COMMON
					+ "}/" + RevertScripts.fileName(step.version(), step.description())
					+ "), so nothing was reverted"));
	}

	/** The schema that holds the tables: the configured one, the connection's on PostgreSQL. */
	private String schema(Connection connection, DatabaseKind kind) throws SQLException {
		if (kind != DatabaseKind.POSTGRESQL) {
			return null;
		}
		return (this.schema != null) ? this.schema : connection.getSchema();
	}

	private static boolean foreignKeys(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("PRAGMA foreign_keys")) {
			return result.next() && result.getInt(1) == 1;
		}
	}

	/** The pragma does nothing inside a transaction, so it is read back. */
	private static void setForeignKeys(Connection connection, boolean on) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
		}
		if (foreignKeys(connection) != on) {
			throw new RevertException("Could not turn SQLite foreign key enforcement " + (on ? "on" : "off")
					+ " for the revert: the connection is inside a transaction" + (on ? "" : "; nothing was reverted"));
		}
	}

	/**
	 * A version to revert.
	 *
	 * @param version the version
	 * @param description its description, as the up script's name gives it
	 */
	public record Step(String version, String description) {
	}

}
