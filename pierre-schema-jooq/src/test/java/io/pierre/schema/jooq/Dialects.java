package io.pierre.schema.jooq;

import io.pierre.schema.jdbc.DatabaseKind;
import org.jooq.SQLDialect;

/**
 * The jOOQ dialect of each database.
 */
final class Dialects {

	private Dialects() {
	}

	static SQLDialect of(DatabaseKind kind) {
		return switch (kind) {
			case SQLITE -> SQLDialect.SQLITE;
			case POSTGRESQL -> SQLDialect.POSTGRES;
		};
	}

}
