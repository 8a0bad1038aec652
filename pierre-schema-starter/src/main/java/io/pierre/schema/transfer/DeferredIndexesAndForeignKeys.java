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
 * The foreign keys, UNIQUE constraints and other secondary indexes of the target's tables in
 * PostgreSQL, dropped before the rows are copied and re-created after, in the same transaction.
 * Rows load faster into tables with only their primary key, and each index is then built once
 * instead of updated row by row; re-creating a foreign key checks every copied row against its
 * parent, as inserting with it in place would have. PostgreSQL's DDL is transactional: a transfer
 * that rolls back leaves all of them as they were. Primary keys stay, so a duplicate key fails at
 * its row.
 */
final class DeferredIndexesAndForeignKeys {

	private static final String TABLE_OIDS = "(SELECT to_regclass(quote_ident(t)) FROM unnest(?::text[]) AS t)";

	private static final String FOREIGN_KEYS_THEN_UNIQUE = "SELECT conrelid::regclass::text, quote_ident(conname), "
			+ "pg_get_constraintdef(oid) FROM pg_constraint WHERE contype IN ('f', 'u') AND conrelid IN " + TABLE_OIDS
			+ " ORDER BY contype, conrelid::regclass::text, conname";

	// Indexes that back no constraint: those of a primary key stay, those of a UNIQUE constraint go
	// with it.
	private static final String PLAIN_INDEXES = "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) "
			+ "FROM pg_index i WHERE i.indrelid IN " + TABLE_OIDS + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
			+ "WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x')) ORDER BY 1";

	private final List<String> recreate;

	private DeferredIndexesAndForeignKeys(List<String> recreate) {
		this.recreate = List.copyOf(recreate);
	}

	/**
	 * Nothing dropped, nothing to re-create: for a SQLite target, whose foreign keys and indexes
	 * cannot be dropped alone.
	 * @return an empty instance
	 */
	static DeferredIndexesAndForeignKeys none() {
		return new DeferredIndexesAndForeignKeys(List.of());
	}

	/**
	 * Drops the foreign keys, then the UNIQUE constraints, then the other secondary indexes of the
	 * tables, remembering how to re-create them.
	 * @param connection the target, in its transaction
	 * @param tables the tables, by unquoted name
	 * @return what {@link #recreate(Connection)} brings back
	 * @throws SQLException if one cannot be read or dropped
	 */
	static DeferredIndexesAndForeignKeys drop(Connection connection, Collection<String> tables) throws SQLException {
		Array names = connection.createArrayOf("text", tables.toArray());
		List<String> drops = new ArrayList<>();
		List<String> constraints = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(FOREIGN_KEYS_THEN_UNIQUE)) {
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
		// Built in the reverse order of the drops: indexes, UNIQUE constraints, then the foreign
		// keys that may rest on them.
		Collections.reverse(constraints);
		recreate.addAll(constraints);
		execute(connection, drops);
		return new DeferredIndexesAndForeignKeys(recreate);
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
