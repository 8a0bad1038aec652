package io.pierre.schema.jdbc;

/**
 * The journal modes of a SQLite database file ({@code PRAGMA journal_mode}).
 */
public enum SqliteJournalMode {

	/** Write-ahead log: readers go on while one connection writes. */
	WAL,

	/** Rollback journal deleted at the end of each transaction (SQLite's default). */
	DELETE,

	/** Rollback journal truncated to zero length at the end of each transaction. */
	TRUNCATE,

	/** Rollback journal kept, its header zeroed, at the end of each transaction. */
	PERSIST,

	/** Rollback journal in memory: a crash mid-transaction can corrupt the file. */
	MEMORY,

	/** No rollback journal: no rollback, and a crash can corrupt the file. */
	OFF

}
