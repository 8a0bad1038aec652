package io.pierre.schema.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import io.pierre.schema.inspect.CheckConstraint;
import io.pierre.schema.inspect.ColumnSchema;
import io.pierre.schema.inspect.ForeignKeySchema;
import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.inspect.TableSchema;
import io.pierre.schema.jdbc.DatabaseKind;

/**
 * Fills a database at a version with many rows, fast: one INSERT ... SELECT per table over a
 * helper table of row numbers (made with a recursive CTE on SQLite, generate_series on PostgreSQL,
 * and dropped at the end), the values derived from the schema alone, like {@link RowFactory}'s but
 * as SQL expressions of the row number {@code i}: text {@code 'table.column-' || i}, integers
 * {@code i}, reals {@code i + 0.25}, the allowed values of a check in turn, and a foreign key the
 * referenced column's value of row {@code (i - 1) % parentCount + 1}. Every column gets a value,
 * nullable ones included.
 * <p>
 * The user-centred tables get one row per user; every other table gets a hundredth as many. The
 * orphans that version 14 removes come on top, each table's key starting with {@link #ORPHAN}:
 * A2A clients and user configurations of users that do not exist, and the sessions, tasks, usage
 * rows and API-key links of those clients.
 */
public final class BulkPopulation {

	/** How the key of every orphan row, and of nothing else, starts. */
	public static final String ORPHAN = "orphan-";

	private static final String NUMBERS = "bulk_row_numbers";

	private static final Set<String> ONE_PER_USER = Set.of("users", "user_profiles", "api_keys", "a2a_clients",
			"a2a_sessions", "a2a_tasks", "a2a_usage", "a2a_client_api_keys", "user_configurations",
			"user_oauth_tokens", "user_oauth_app_credentials", "tenant_users");

	/** The orphans: which parent each orphan table's foreign keys take from the orphans. */
	private static final Map<String, Set<String>> ORPHAN_PARENTS = Map.of("a2a_clients", Set.of("users"),
			"a2a_sessions", Set.of("a2a_clients"), "a2a_tasks", Set.of("a2a_clients"), "a2a_usage",
			Set.of("a2a_clients", "a2a_sessions"), "a2a_client_api_keys", Set.of("a2a_clients"),
			"user_configurations", Set.of("users"));

	private final NormalizedSchema schema;

	private final int users;

	private final int orphans;

	private BulkPopulation(NormalizedSchema schema, int users, int orphans) {
		this.schema = schema;
		this.users = users;
		this.orphans = orphans;
	}

	/**
	 * Migrates an empty database to a version and fills it.
	 * @param dataSource the empty database
	 * @param kind what the database is
	 * @param version the version
	 * @param users how many users
	 * @param orphans how many orphans of each kind, where the version is older than 14 (else none)
	 * @throws SQLException if a statement fails
	 */
	public static void populate(DataSource dataSource, DatabaseKind kind, String version, int users, int orphans)
			throws SQLException {
		Migrations.migrator(dataSource, version).migrate();
		NormalizedSchema schema = PopulatedDatabase.withForeignKeysOf(Migrations.expected(version),
				Migrations.newestSchema());
		boolean withOrphans = version.compareTo(PopulatedDatabase.ORPHANS_REMOVED) < 0;
		BulkPopulation population = new BulkPopulation(schema, users, withOrphans ? orphans : 0);
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			int most = Math.max(users, orphans);
			if (kind == DatabaseKind.SQLITE) {
				statement.execute("CREATE TABLE " + NUMBERS + " (i INTEGER NOT NULL PRIMARY KEY)");
				statement.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + most
						+ ") INSERT INTO " + NUMBERS + " (i) SELECT i FROM n");
			}
			else {
				statement.execute("CREATE TABLE " + NUMBERS + " (i BIGINT NOT NULL PRIMARY KEY)");
				statement.execute("INSERT INTO " + NUMBERS + " (i) SELECT generate_series(1, " + most + ")");
			}
			for (String sql : population.statements()) {
				statement.execute(sql);
			}
			statement.execute("DROP TABLE " + NUMBERS);
		}
	}

	/** The INSERT statements, parents before children. */
	List<String> statements() {
		List<String> statements = new ArrayList<>();
		for (String table : parentsFirst()) {
			statements.add(insert(table, count(table, false), false));
		}
		if (this.orphans > 0) {
			for (String table : parentsFirst()) {
				if (ORPHAN_PARENTS.containsKey(table) && this.schema.table(table) != null) {
					statements.add(insert(table, this.orphans, true));
				}
			}
		}
		return statements;
	}

	private int count(String table, boolean orphan) {
		if (orphan) {
			return this.orphans;
		}
		return ONE_PER_USER.contains(table) ? this.users : Math.max(10, this.users / 100);
	}

	private String insert(String table, int count, boolean orphan) {
		TableSchema definition = this.schema.table(table);
		List<String> columns = new ArrayList<>(definition.columns().keySet());
		List<String> values = new ArrayList<>();
		for (String column : columns) {
			values.add(value(table, column, "i", orphan));
		}
		return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
				+ " FROM " + NUMBERS + " WHERE i <= " + count;
	}

	/** The value of a column in row number {@code index} (an SQL expression) of a table. */
	private String value(String table, String column, String index, boolean orphan) {
		TableSchema definition = this.schema.table(table);
		for (ForeignKeySchema key : definition.foreignKeys()) {
			int position = key.columns().indexOf(column);
			if (position >= 0) {
				boolean orphanParent = orphan
						&& ORPHAN_PARENTS.getOrDefault(table, Set.of()).contains(key.references());
				String parentIndex = "((" + index + " - 1) % " + count(key.references(), orphanParent) + " + 1)";
				return value(key.references(), key.referencedColumns().get(position), parentIndex, orphanParent);
			}
		}
		for (CheckConstraint check : definition.checks()) {
			if (check instanceof CheckConstraint.AllowedValues allowed && allowed.column().equals(column)) {
				StringBuilder choice = new StringBuilder("CASE " + index + " % " + allowed.values().size());
				for (int i = 0; i < allowed.values().size(); i++) {
					choice.append(" WHEN ").append(i).append(" THEN '").append(allowed.values().get(i).replace("'", "''"))
						.append('\'');
				}
				return choice.append(" END").toString();
			}
		}
		ColumnSchema definitionOfColumn = definition.columns().get(column);
		return switch (definitionOfColumn.type()) {
			case "INTEGER" -> index;
			case "REAL" -> "(" + index + " + 0.25)";
			default -> "'" + (orphan ? ORPHAN : "") + table + "." + column + "-' || " + index;
		};
	}

	/** The tables in an order where every table comes after the tables it references. */
	private List<String> parentsFirst() {
		Set<String> ordered = new LinkedHashSet<>();
		for (String table : this.schema.tables().keySet()) {
			addParentsFirst(table, ordered);
		}
		return new ArrayList<>(ordered);
	}

	private void addParentsFirst(String table, Set<String> ordered) {
		if (ordered.contains(table)) {
			return;
		}
		for (ForeignKeySchema key : this.schema.table(table).foreignKeys()) {
			if (!key.references().equals(table)) {
				addParentsFirst(key.references(), ordered);
			}
		}
		ordered.add(table);
	}

}
