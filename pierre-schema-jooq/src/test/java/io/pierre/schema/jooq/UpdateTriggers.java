package io.pierre.schema.jooq;

import io.pierre.schema.jdbc.DatabaseKind;
import org.jooq.DSLContext;

/**
 * Whether a table has a trigger on UPDATE, read from the live database.
 */
final class UpdateTriggers {

	private UpdateTriggers() {
	}

	static boolean exist(DSLContext dsl, DatabaseKind kind, String table) {
		String sql = switch (kind) {
			case SQLITE -> "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
					+ "AND (upper(sql) LIKE '%UPDATE ON %' OR upper(sql) LIKE '%UPDATE OF %'))";
			case POSTGRESQL -> "SELECT EXISTS (SELECT 1 FROM information_schema.triggers "
					+ "WHERE event_object_table = ? AND event_manipulation = 'UPDATE')";
		};
		// SQLite answers 0 or 1, PostgreSQL a boolean.
		Object exists = dsl.fetchValue(sql, table);
		return (exists instanceof Boolean answer) ? answer : ((Number) exists).intValue() == 1;
	}

}
