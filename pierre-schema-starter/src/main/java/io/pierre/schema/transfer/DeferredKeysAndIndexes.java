package io.pierre.schema.transfer;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The keys (primary, UNIQUE and foreign) and the other indexes of the target's tables in
 * PostgreSQL, dropped before the rows are copied and re-created after, in the same transaction, as
 * pgloader does. Rows load faster into bare tables, and each index is then built once from sorted
 * keys instead of updated row by row in the random order of the ids; re-creating a key checks
 * every copied row against it (a duplicate id, a child row without its parent), as inserting with
 * it in place would have. PostgreSQL's DDL is transactional: a transfer that rolls back leaves all
 * of them as they were. NOT NULL and CHECK constraints stay, checked row by row.
 */
final class DeferredKeysAndIndexes {

	private static final String TABLE_OIDS = "(SELECT to_regclass(quote_ident(t)) FROM unnest(?::text[]) AS t)";

	// Foreign keys first: they rest on the primary keys and UNIQUE constraints they reference.
	private static final String KEYS = "SELECT conrelid::regclass::text, quote_ident(conname), "
			+ "pg_get_constraintdef(oid) FROM pg_constraint WHERE contype IN ('f', 'p', 'u') AND conrelid IN "
			+ TABLE_OIDS + " ORDER BY contype <> 'f', conrelid::regclass::text, conname";

	// Indexes that back no constraint; those of a key go with it.
	private static final String PLAIN_INDEXES = "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) "
			+ "FROM pg_index i WHERE i.indrelid IN " + TABLE_OIDS + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
			+ "WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x')) ORDER BY 1";

	private final List<String> recreate;

	private DeferredKeysAndIndexes(List<String> recreate) {
		this.recreate = List.copyOf(recreate);
	}

	/**
	 * Nothing dropped, nothing to re-create: for a SQLite target, whose keys cannot be dropped
	 * alone.
	 * @return an empty instance
	 */
	static DeferredKeysAndIndexes none() {
		return new DeferredKeysAndIndexes(List.of());
	}

	/**
	 * Drops the foreign keys, then the primary keys and UNIQUE constraints, then the other indexes
	 * of the tables, remembering how to re-create them.
	 * @param connection the target, in its transaction
	 * @param tables the tables, by unquoted name
	 * @return what {@link #recreate(Connection)} brings back
	 * @throws SQLException if one cannot be read or dropped
	 */
	static DeferredKeysAndIndexes drop(Connection connection, Collection<String> tables) throws SQLException {
		Array names = connection.createArrayOf("text", tables.toArray());
		List<String> drops = new ArrayList<>();
		List<String> constraints = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(KEYS)) {
			query.setArray(1, names);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					String alterTable = "ALTER TABLE " + rows.getString(1);
					drops.add(alterTable + " DROP CONSTRAINT " + rows.getString(2));
					constraints.add(alterTable + " ADD CONSTRAINT " + rows.getString(2) + " " + rows.getString(3));
				}
			}
		}
		List<String> recreate = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(PLAIN_INDEXES)) {
			query.setArray(1, names);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					drops.add("DROP INDEX " + rows.getString(1));
					recreate.add(rows.getString(2));
				}
			}
		}
		// The foreign keys last, once what they reference is back.
		Collections.reverse(constraints);
		recreate.addAll(constraints);
		execute(connection, drops);
		return new DeferredKeysAndIndexes(recreate);
	}

	/**
	 * Re-creates what {@link #drop} dropped, checking every row against it.
	 * @param connection the target, in the same transaction
	 * @throws SQLException if the rows break one of them
	 */
	void recreate(Connection connection) throws SQLException {
		execute(connection, this.recreate);
	}

	private static void execute(Connection connection, List<String> statements) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

}
