package io.pierre.schema.jdbc;

import javax.sql.DataSource;

/**
 * The database that holds the Pierre schema: the application's own DataSource, or a pool that
 * the starter made from {@code pierre.database.url} and closes with the context.
 */
public final class PierreSchemaDataSource implements AutoCloseable {

	private final DataSource dataSource;

	private final AutoCloseable owned;

	private PierreSchemaDataSource(DataSource dataSource, AutoCloseable owned) {
		this.dataSource = dataSource;
		this.owned = owned;
	}

	/**
	 * The application's DataSource, which the application closes.
	 * @param dataSource the DataSource
	 * @return the schema's DataSource
	 */
	public static PierreSchemaDataSource shared(DataSource dataSource) {
		return new PierreSchemaDataSource(dataSource, null);
	}

	/**
	 * A pool of the starter's own, closed with this.
	 * @param <T> the pool's type
	 * @param dataSource the pool
	 * @return the schema's DataSource
	 */
	public static <T extends DataSource & AutoCloseable> PierreSchemaDataSource owned(T dataSource) {
		return new PierreSchemaDataSource(dataSource, dataSource);
	}

	/**
	 * The DataSource to use.
	 * @return the DataSource
	 */
	public DataSource getDataSource() {
		return this.dataSource;
	}

	@Override
	public void close() throws Exception {
		if (this.owned != null) {
			this.owned.close();
		}
	}

}
