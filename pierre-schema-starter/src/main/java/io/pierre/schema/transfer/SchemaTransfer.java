package io.pierre.schema.transfer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.jdbc.JdbcTables;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.migration.PierreSchemaMigrator;

import static io.pierre.schema.jdbc.JdbcTables.quote;

/**
 * Copies a Pierre database into another, typically a SQLite file into PostgreSQL when a service
 * outgrows one machine.
 * <p>
 * Both databases are first brought to the newest version (the source upgraded as any start
 * would). Then every row of every Pierre table is copied, parents before children, streamed,
 * inside one transaction on the target that commits only when each table's row count matches the
 * source's: a transfer that fails or is interrupted leaves the target without any of the source's
 * rows. Into PostgreSQL the rows go with {@code COPY} ({@link CopyTableLoader}), the target's
 * keys and indexes dropped for the copy and re-created after it in the same transaction
 * ({@link DeferredKeysAndIndexes}); into SQLite, in batches of INSERTs. The target's triggers do
 * not fire on the copied rows ({@link SuspendedTriggers}), which hold what the source's made. The
 * target must hold no rows but the reference rows that the migrations seed, which the source's
 * replace.
 */
public class SchemaTransfer {

	private static final int BATCH_SIZE = 1000;

	private final MigrationCatalog catalog;

	public SchemaTransfer(MigrationCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * Transfers every row.
	 * @param source the database to copy
	 * @param target the database to fill
	 * @param listener hears the progress
	 * @return what was copied
	 * @throws TransferException if the target holds rows, or the copy fails (nothing is kept)
	 */
	public TransferReport transfer(DataSource source, DataSource target, TransferListener listener) {
		long start = System.nanoTime();
		PierreSchemaMigrator sourceMigrator = migrator(source);
		PierreSchemaMigrator targetMigrator = migrator(target);
		// Both must be databases the starter knows before anything changes.
		sourceMigrator.status();
		targetMigrator.status();
		NormalizedSchema schema = this.catalog.expectedSchema(this.catalog.newestVersion(DatabaseKind.SQLITE));
		try {
			refuseFilledTarget(target, schema);
			listener.migrated("source", sourceMigrator.migrate());
			listener.migrated("target", targetMigrator.migrate());
			Map<String, Long> copied = copy(source, target, schema, listener);
			return new TransferReport(copied, Duration.ofNanos(System.nanoTime() - start));
		}
		catch (SQLException ex) {
			throw new TransferException("The transfer failed, and the target keeps none of the source's rows: "
					+ ex.getMessage(), ex);
		}
	}

	private PierreSchemaMigrator migrator(DataSource dataSource) {
		return new PierreSchemaMigrator(dataSource, MigrationSettings.defaults(), this.catalog);
	}

	private void refuseFilledTarget(DataSource target, NormalizedSchema schema) throws SQLException {
		List<String> filled = new ArrayList<>();
		try (Connection connection = target.getConnection()) {
			for (String table : schema.tables().keySet()) {
				if (!schema.rows().containsKey(table) && JdbcTables.exists(connection, null, table)
						&& TableCopier.count(connection, table) > 0) {
					filled.add(table);
				}
			}
		}
		if (!filled.isEmpty()) {
			throw new TransferException("The target already holds rows in " + filled
					+ "; transfer only into a database without Pierre data. Nothing was changed.");
		}
	}

	private Map<String, Long> copy(DataSource source, DataSource target, NormalizedSchema schema,
			TransferListener listener) throws SQLException {
		List<String> tables = TableOrder.parentsFirst(schema);
		Map<String, Long> copied = new LinkedHashMap<>();
		try (Connection from = source.getConnection(); Connection to = target.getConnection()) {
			boolean postgres = DatabaseKind.fromProductName(
					to.getMetaData().getDatabaseProductName()) == DatabaseKind.POSTGRESQL;
			TableLoader loader = postgres ? new CopyTableLoader(BATCH_SIZE, listener)
					: new TableCopier(BATCH_SIZE, listener);
			boolean autoCommit = to.getAutoCommit();
			to.setAutoCommit(false);
			try {
				for (String table : schema.rows().keySet()) {
					try (Statement statement = to.createStatement()) {
						statement.executeUpdate("DELETE FROM " + quote(table));
					}
				}
				DeferredKeysAndIndexes deferred = postgres ? DeferredKeysAndIndexes.drop(to, tables)
						: DeferredKeysAndIndexes.none();
				SuspendedTriggers triggers = SuspendedTriggers.suspend(to,
						postgres ? DatabaseKind.POSTGRESQL : DatabaseKind.SQLITE, schema);
				for (String table : tables) {
					copied.put(table, loader.copy(table, schema.table(table), from, to));
				}
				triggers.resume(to);
				deferred.recreate(to);
				checkCounts(from, to, copied);
				to.commit();
			}
			catch (SQLException | RuntimeException ex) {
				to.rollback();
				throw ex;
			}
			finally {
				to.setAutoCommit(autoCommit);
			}
		}
		return copied;
	}

	private void checkCounts(Connection from, Connection to, Map<String, Long> copied) throws SQLException {
		for (String table : copied.keySet()) {
			long inSource = TableCopier.count(from, table);
			long inTarget = TableCopier.count(to, table);
			if (inSource != inTarget) {
				throw new TransferException("Row counts differ for " + table + ": " + inSource + " in the source, "
						+ inTarget + " in the target; nothing was kept");
			}
		}
	}

}
