package io.pierre.schema.flyway;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.unit.DataSize;

/**
 * The page cache of the SQLite connection that applies the pending versions, sized from what they
 * rewrite: twice the tables, with their indexes, that the largest of them rewrites (a rebuild
 * reads the table and writes its copy; with both in the cache, the copy's unique indexes, filled
 * in random order, never spill), as SQLite's {@code dbstat} reports their pages. Within a budget:
 * never more than the upper bound ({@code pierre.database.sqlite.migration-cache}) nor a quarter
 * of the machine's physical memory (the cache is the SQLite library's memory, not the Java heap),
 * and never less than SQLite's own default. SQLite allocates the pages only as they are used.
 */
public final class SqliteMigrationCache {

	/** SQLite's own default page cache, 2000 KiB. */
	static final DataSize SQLITE_DEFAULT = DataSize.ofKilobytes(2000);

	/** The share of the machine's physical memory that the cache may take, as a divisor. */
	private static final int MEMORY_SHARE = 4;

	private static final Log logger = LogFactory.getLog(SqliteMigrationCache.class);

	private final DataSize upperBound;

	private final List<Set<String>> rewrites;

	/**
	 * Creates the sizing of one run.
	 * @param upperBound the most the cache may take
	 * @param rewrites per pending version, the tables it rewrites
	 */
	public SqliteMigrationCache(DataSize upperBound, List<Set<String>> rewrites) {
		this.upperBound = upperBound;
		this.rewrites = List.copyOf(rewrites);
	}

	/**
	 * The cache for a run whose versions rewrite nothing that is known: SQLite's own default, or
	 * less if the upper bound says so.
	 * @param upperBound the most the cache may take
	 * @return the sizing
	 */
	public static SqliteMigrationCache nothingRewritten(DataSize upperBound) {
		return new SqliteMigrationCache(upperBound, List.of());
	}

	/**
	 * Sizes the cache within the upper bound and a quarter of this machine's memory.
	 * @param connection a connection to the database, outside any transaction
	 * @return the cache
	 * @throws SQLException if the database cannot be read
	 */
	DataSize size(Connection connection) throws SQLException {
		return size(connection, machineShare());
	}

	/**
	 * Sizes the cache.
	 * @param connection a connection to the database, outside any transaction
	 * @param memoryShare the most that the machine can give
	 * @return the cache
	 * @throws SQLException if the database cannot be read
	 */
	DataSize size(Connection connection, DataSize memoryShare) throws SQLException {
		long wanted = 0;
		for (Set<String> tables : this.rewrites) {
			long bytes = 0;
			for (String table : tables) {
				bytes += tableBytes(connection, table);
			}
			wanted = Math.max(wanted, 2 * bytes);
		}
		long budget = Math.min(this.upperBound.toBytes(), memoryShare.toBytes());
		long bytes = Math.max(SQLITE_DEFAULT.toBytes(), Math.min(wanted, budget));
		DataSize size = DataSize.ofBytes(Math.min(bytes, this.upperBound.toBytes()));
		if (logger.isDebugEnabled()) {
			logger.debug("Pierre schema: SQLite page cache of " + size.toMegabytes() + " MB for the migration: "
					+ DataSize.ofBytes(wanted).toMegabytes() + " MB wanted, at most " + this.upperBound.toMegabytes()
					+ " MB (the upper bound) and " + memoryShare.toMegabytes() + " MB (a quarter of the memory)");
		}
		return size;
	}

	/** The bytes of a table's pages and of its indexes', none if it does not exist. */
	private static long tableBytes(Connection connection, String table) throws SQLException {
		long bytes = 0;
		try (PreparedStatement btrees = connection
			.prepareStatement("SELECT name FROM sqlite_master WHERE tbl_name = ? AND type IN ('table', 'index')")) {
			btrees.setString(1, table);
			try (ResultSet names = btrees.executeQuery()) {
				while (names.next()) {
					bytes += btreeBytes(connection, names.getString(1));
				}
			}
		}
		return bytes;
	}

	/**
	 * One b-tree's pages, which dbstat's aggregate row gives; SQLite walks that b-tree alone, where
	 * a query without the name would read every page of the file.
	 */
	private static long btreeBytes(Connection connection, String name) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT pgsize FROM dbstat WHERE name = ? AND aggregate = TRUE")) {
			statement.setString(1, name);
			try (ResultSet size = statement.executeQuery()) {
				return size.next() ? size.getLong(1) : 0;
			}
		}
		catch (SQLException ex) {
			if (ex.getMessage() == null || !ex.getMessage().contains("no such table: dbstat")) {
				throw ex;
			}
			// A SQLite built without dbstat: the whole file, an upper bound of any of its tables.
			return fileBytes(connection);
		}
	}

	private static long fileBytes(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT page_count * page_size FROM pragma_page_count, pragma_page_size");
				ResultSet size = statement.executeQuery()) {
			return size.next() ? size.getLong(1) : 0;
		}
	}

	/**
	 * A quarter of this machine's physical memory (a container's limit inside one), or no limit
	 * if the JVM does not say.
	 * @return the share
	 */
	static DataSize machineShare() {
		OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
		if (system instanceof com.sun.management.OperatingSystemMXBean memory && memory.getTotalMemorySize() > 0) {
			return DataSize.ofBytes(memory.getTotalMemorySize() / MEMORY_SHARE);
		}
		return DataSize.ofBytes(Long.MAX_VALUE);
	}

}
