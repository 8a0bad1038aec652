package io.pierre.schema.migration;

/**
 * Held while one process re-reads the schema's state and changes it, so that instances starting
 * together against one database take turns: the first does the work, the others find it done.
 */
interface MigrationLock extends AutoCloseable {

	/**
	 * A lock that locks nothing, for databases that no other process can see.
	 * @return the lock
	 */
	static MigrationLock none() {
		return () -> {
		};
	}

	/**
	 * Releases the lock.
	 */
	@Override
	void close();

}
