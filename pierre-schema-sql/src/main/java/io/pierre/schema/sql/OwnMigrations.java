package io.pierre.schema.sql;

import javax.sql.DataSource;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * The service's own migrations, applied after the Pierre schema in the databases that statements
 * are checked on.
 */
interface OwnMigrations {

	/** A service without migrations of its own. */
	OwnMigrations NONE = new OwnMigrations() {

		@Override
		public void apply(DataSource dataSource, DatabaseKind kind) {
		}

		@Override
		public String fingerprint() {
			return "";
		}

	};

	/**
	 * Applies them.
	 * @param dataSource a database at the Pierre schema
	 * @param kind what the database is
	 */
	void apply(DataSource dataSource, DatabaseKind kind);

	/**
	 * What identifies them, so that a database kept on the server is one per set of them.
	 * @return a short fingerprint, empty where the service has none
	 */
	String fingerprint();

}
