package io.pierre.schema.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.pierre.schema.inspect.ColumnSchema;
import io.pierre.schema.inspect.ForeignKeySchema;
import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.inspect.ReferenceRow;
import io.pierre.schema.inspect.TableSchema;

/**
 * A database at one version of the Pierre schema with rows in every table, and what an upgrade
 * must make of them. It is what an upgrade test starts from:
 * <ul>
 * <li>every table of the version gets rows with a value in every column, nullable ones included,
 * and a parent row for every foreign key, nullable ones included; the columns that only a later
 * version makes foreign keys ({@code a2a_clients.user_id}, {@code user_configurations.user_id})
 * point at real users too;</li>
 * <li>before version 12, an administrator ({@code is_admin} 1) and a user who is not;</li>
 * <li>before version 14, the orphans that version 14 removes by design: an A2A client and a user
 * configuration whose user does not exist, with a session, a task, an API-key link and a usage
 * row of that client, and a usage row of another client that points at the orphan's session (it
 * stays, without the session);</li>
 * <li>from version 13, the setting that version 13 seeds changed to {@code true};</li>
 * <li>at version 20, a changed category and two of the application's own that take an id and a
 * name that version 21 would insert;</li>
 * <li>from version 8 and before 20260206000001, a refresh token that is not revoked.</li>
 * </ul>
 * {@link #expectedAt(String)} tells what the rows must be after an upgrade: the same rows with the
 * same values on the columns both versions have, new columns at their defaults, minus exactly the
 * orphans and what cascades from them, plus the data changes the contract names (role 'admin' from
 * {@code is_admin} in 12, seeded rows only where absent, every refresh token revoked in
 * 20260206000001, the provider connections that 20260209000001 fills in).
 */
public final class PopulatedDatabase {

	/** Version 12 gives users a role, 'admin' for every user whose is_admin is 1. */
	public static final String ROLES = "20250120000012";

	/** Version 14 removes A2A clients and user configurations whose user does not exist. */
	public static final String ORPHANS_REMOVED = "20250120000014";

	/** Version 20260206000001 revokes every refresh token that is not revoked. */
	public static final String TOKENS_REVOKED = "20260206000001";

	/** Version 20260209000001 fills provider_connections from the tokens and synthetic activities. */
	public static final String CONNECTIONS_FILLED = "20260209000001";

	/** The id that {@link #namingSyntheticConnections} gives a synthetic connection: its user and tenant. */
	private static final String SYNTHETIC_ID = "synthetic connection of %s in %s";

	private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

	private static final String OAUTH2 = "20250120000008";

	private static final String A2A = "20250120000004";

	private static final String USER_CONFIGURATIONS = "20250120000009";

	private static final String SETTINGS = "20250120000013";

	private static final String CATEGORIES = "20250120000020";

	private final String version;

	private final NormalizedSchema schema;

	private final Map<String, Set<String>> removedByDesign;

	private final Map<String, Map<String, Map<String, Object>>> changedByDesign;

	private final DatabaseRows rows;

	private PopulatedDatabase(String version, NormalizedSchema schema, Map<String, Set<String>> removedByDesign,
			Map<String, Map<String, Map<String, Object>>> changedByDesign, DatabaseRows rows) {
		this.version = version;
		this.schema = schema;
		this.removedByDesign = removedByDesign;
		this.changedByDesign = changedByDesign;
		this.rows = rows;
	}

	/**
	 * Migrates an empty database to a version, with the starter's migrator, and fills it.
	 * @param dataSource the empty database
	 * @param version the version
	 * @param rowsPerTable how many rows each table gets at least (parent rows come on top)
	 * @return the database's rows and what an upgrade must make of them
	 * @throws SQLException if a row cannot be inserted
	 */
	public static PopulatedDatabase create(DataSource dataSource, String version, int rowsPerTable)
			throws SQLException {
		Migrations.migrator(dataSource, version).migrate();
		NormalizedSchema schema = Migrations.expected(version);
		Map<String, Set<String>> removed = new TreeMap<>();
		Map<String, Map<String, Map<String, Object>>> changed = new TreeMap<>();
		try (Connection connection = dataSource.getConnection()) {
			RowFactory factory = new RowFactory(withForeignKeysOf(schema, Migrations.newestSchema()), connection,
					RowFactory.Fill.ALL);
			for (String table : schema.tables().keySet()) {
				for (int i = 0; i < rowsPerTable; i++) {
					factory.insertValid(table);
				}
			}
			Populator populator = new Populator(schema, factory, removed, changed);
			if (before(version, ROLES)) {
				populator.user("an-admin", 1L);
				populator.user("not-an-admin", 0L);
			}
			if (!before(version, A2A) && before(version, ORPHANS_REMOVED)) {
				populator.orphans(!before(version, USER_CONFIGURATIONS));
			}
			if (!before(version, OAUTH2) && before(version, TOKENS_REVOKED)) {
				// The generated tokens are all revoked (non-zero); this one is live.
				Map<String, Object> token = factory.validRow("oauth2_refresh_tokens");
				token.put("revoked", 0L);
				factory.insert("oauth2_refresh_tokens", token);
			}
		}
		if (!before(version, SETTINGS)) {
			Migrations.execute(dataSource,
					"UPDATE system_settings SET value = 'true' WHERE key = 'auto_approval_enabled'");
		}
		if (version.equals(CATEGORIES)) {
			// Version 21 seeds a category only where neither its id nor its name exists yet.
			Migrations.execute(dataSource,
					"UPDATE admin_config_categories SET display_name = 'Weather (ours)' WHERE id = 'cat_weather'",
					"INSERT INTO admin_config_categories (id, name, display_name) VALUES ('cat_monitoring', 'our_monitoring', 'Ours')",
					"INSERT INTO admin_config_categories (id, name, display_name) VALUES ('our_cache', 'cache_ttl', 'Our cache')");
		}
		return new PopulatedDatabase(version, schema, removed, changed, DatabaseRows.read(dataSource, schema));
	}

	/**
	 * Adds to a schema the foreign keys that a later schema declares on the same columns: the rows
	 * made from it then satisfy them, as a real database's rows would.
	 * @param schema the schema
	 * @param later a later version's schema
	 * @return the schema with the later foreign keys
	 */
	static NormalizedSchema withForeignKeysOf(NormalizedSchema schema, NormalizedSchema later) {
		Map<String, TableSchema> tables = new TreeMap<>();
		schema.tables().forEach((name, table) -> {
			List<ForeignKeySchema> keys = new ArrayList<>(table.foreignKeys());
			TableSchema laterTable = later.table(name);
			if (laterTable != null) {
				for (ForeignKeySchema key : laterTable.foreignKeys()) {
					TableSchema parent = schema.table(key.references());
					if (!keys.contains(key) && table.columns().keySet().containsAll(key.columns()) && parent != null
							&& parent.columns().keySet().containsAll(key.referencedColumns())) {
						keys.add(key);
					}
				}
			}
			tables.put(name, table.withForeignKeys(keys));
		});
		return new NormalizedSchema(tables, schema.rows());
	}

	public String version() {
		return this.version;
	}

	public NormalizedSchema schema() {
		return this.schema;
	}

	/**
	 * The rows as they were when the database was filled.
	 * @return the rows
	 */
	public DatabaseRows rows() {
		return this.rows;
	}

	/**
	 * The rows that version 14 removes by design, by table: present only where the database is
	 * older than 14.
	 * @return the keys of the rows, by table
	 */
	public Map<String, Set<String>> removedByDesign() {
		return this.removedByDesign;
	}

	/**
	 * What the rows must be once the database is upgraded to a later version: for every table of
	 * that version, every row with the later version's columns.
	 * @param target the version
	 * @return the expected rows; the rows that migrations seed leave out their timestamps
	 */
	public DatabaseRows expectedAt(String target) {
		NormalizedSchema targetSchema = Migrations.expected(target);
		boolean orphansGo = crosses(ORPHANS_REMOVED, target);
		Map<String, Map<String, Map<String, Object>>> tables = new TreeMap<>();
		for (Map.Entry<String, TableSchema> table : targetSchema.tables().entrySet()) {
			String name = table.getKey();
			Map<String, Map<String, Object>> expected = new TreeMap<>();
			for (Map.Entry<String, Map<String, Object>> row : this.rows.rows(name).entrySet()) {
				if (orphansGo && this.removedByDesign.getOrDefault(name, Set.of()).contains(row.getKey())) {
					continue;
				}
				Map<String, Object> values = new TreeMap<>();
				table.getValue().columns().forEach((column, definition) -> values.put(column,
						row.getValue().containsKey(column) ? row.getValue().get(column) : defaultValue(definition)));
				if (orphansGo) {
					values.putAll(this.changedByDesign.getOrDefault(name, Map.of()).getOrDefault(row.getKey(), Map.of()));
				}
				if (name.equals("users") && crosses(ROLES, target)) {
					values.put("role", Long.valueOf(1L).equals(row.getValue().get("is_admin")) ? "admin" : "user");
				}
				if (name.equals("oauth2_refresh_tokens") && crosses(TOKENS_REVOKED, target)) {
					values.put("revoked", Long.valueOf(0L).equals(values.get("revoked")) ? 1L : values.get("revoked"));
				}
				expected.put(row.getKey(), values);
			}
			if (name.equals("provider_connections") && crosses(CONNECTIONS_FILLED, target)) {
				expected.putAll(filledConnections(table.getValue()));
			}
			addSeededRowsWhereAbsent(expected, table.getValue(), targetSchema.rows().getOrDefault(name, List.of()));
			tables.put(name, expected);
		}
		return new DatabaseRows(tables);
	}

	/**
	 * What version 20260209000001 makes of the rows: an oauth connection per OAuth token, and a
	 * synthetic one per user and tenant with synthetic activities (named as
	 * {@link #namingSyntheticConnections} names it), where that user, tenant and provider has none.
	 */
	private Map<String, Map<String, Object>> filledConnections(TableSchema connections) {
		Map<String, Map<String, Object>> filled = new TreeMap<>();
		Set<String> taken = new HashSet<>();
		for (Map<String, Object> token : this.rows.rows("user_oauth_tokens").values()) {
			Map<String, Object> connection = new TreeMap<>();
			connection.put("id", token.get("id"));
			connection.put("user_id", token.get("user_id"));
			connection.put("tenant_id", token.get("tenant_id"));
			connection.put("provider", token.get("provider"));
			connection.put("connection_type", "oauth");
			connection.put("connected_at", token.get("created_at"));
			connection.put("metadata", null);
			if (taken.add(token.get("user_id") + "\u0000" + token.get("tenant_id") + "\u0000" + token.get("provider"))) {
				filled.put(DatabaseRows.key(connections.primaryKey(), connection), connection);
			}
		}
		Map<List<Object>, String> earliest = new HashMap<>();
		for (Map<String, Object> activity : this.rows.rows("synthetic_activities").values()) {
			earliest.merge(List.of(activity.get("user_id"), activity.get("tenant_id")), (String) activity.get("created_at"),
					(one, other) -> (one.compareTo(other) <= 0) ? one : other);
		}
		earliest.forEach((owner, connectedAt) -> {
			if (taken.add(owner.get(0) + "\u0000" + owner.get(1) + "\u0000synthetic")) {
				Map<String, Object> connection = new TreeMap<>();
				connection.put("id", SYNTHETIC_ID.formatted(owner.get(0), owner.get(1)));
				connection.put("user_id", owner.get(0));
				connection.put("tenant_id", owner.get(1));
				connection.put("provider", "synthetic");
				connection.put("connection_type", "synthetic");
				connection.put("connected_at", connectedAt);
				connection.put("metadata", "{\"source\": \"migration-backfill\"}");
				filled.put(DatabaseRows.key(connections.primaryKey(), connection), connection);
			}
		});
		return filled;
	}

	/**
	 * Rows read from a database, with the id of each synthetic provider connection, a random UUID,
	 * replaced by a name of its user and tenant, so that they compare with {@link #expectedAt}. An
	 * id that is no UUID stays, and so shows as a difference.
	 * @param rows the rows
	 * @return the rows with the synthetic connections renamed
	 */
	public static DatabaseRows namingSyntheticConnections(DatabaseRows rows) {
		Map<String, Map<String, Map<String, Object>>> tables = new TreeMap<>();
		for (String table : rows.tableNames()) {
			Map<String, Map<String, Object>> renamed = new TreeMap<>();
			rows.rows(table).forEach((key, row) -> {
				if (table.equals("provider_connections") && "synthetic".equals(row.get("connection_type"))
						&& UUID.matcher(String.valueOf(row.get("id"))).matches()) {
					Map<String, Object> named = new TreeMap<>(row);
					named.put("id", SYNTHETIC_ID.formatted(row.get("user_id"), row.get("tenant_id")));
					renamed.put(DatabaseRows.key(List.of("id"), named), named);
				}
				else {
					renamed.put(key, row);
				}
			});
			tables.put(table, renamed);
		}
		return new DatabaseRows(tables);
	}

	/**
	 * Whether an upgrade from this database's version to a target applies a version.
	 * @param version the version
	 * @param target the target
	 * @return whether this database is older than the version and the target is not
	 */
	public boolean crosses(String version, String target) {
		return before(this.version, version) && !before(target, version);
	}

	private static boolean before(String version, String other) {
		return version.compareTo(other) < 0;
	}

	/** Seeded rows go in only where no row has their primary key or any of their unique values. */
	private static void addSeededRowsWhereAbsent(Map<String, Map<String, Object>> rows, TableSchema table,
			List<ReferenceRow> seeded) {
		List<List<String>> keys = new ArrayList<>(table.unique());
		keys.add(table.primaryKey());
		for (ReferenceRow reference : seeded) {
			boolean absent = keys.stream().noneMatch((key) -> rows.values().stream()
				.anyMatch((row) -> key.stream().allMatch((column) -> row.get(column) != null
						&& row.get(column).equals(reference.get(column)))));
			if (absent) {
				rows.put(DatabaseRows.key(table.primaryKey(), reference.values()), new TreeMap<>(reference.values()));
			}
		}
	}

	/** The value that a column's default gives: the contract's defaults are text or integer literals. */
	private static Object defaultValue(ColumnSchema column) {
		String literal = column.defaultValue();
		if (literal == null || literal.equalsIgnoreCase("NULL")) {
			return null;
		}
		if (literal.startsWith("'")) {
			return literal.substring(1, literal.length() - 1).replace("''", "'");
		}
		return literal.contains(".") ? (Object) Double.valueOf(literal) : (Object) Long.valueOf(literal);
	}

	/** Inserts the special rows and notes what version 14 must do to them. */
	private static final class Populator {

		private final NormalizedSchema schema;

		private final RowFactory factory;

		private final Map<String, Set<String>> removed;

		private final Map<String, Map<String, Map<String, Object>>> changed;

		Populator(NormalizedSchema schema, RowFactory factory, Map<String, Set<String>> removed,
				Map<String, Map<String, Map<String, Object>>> changed) {
			this.schema = schema;
			this.factory = factory;
			this.removed = removed;
			this.changed = changed;
		}

		void user(String id, long isAdmin) throws SQLException {
			Map<String, Object> user = this.factory.validRow("users");
			user.put("id", id);
			user.put("is_admin", isAdmin);
			this.factory.insert("users", user);
		}

		void orphans(boolean withUserConfiguration) throws SQLException {
			Map<String, Object> client = insert("a2a_clients", Map.of("user_id", "no-such-user"), true);
			Object clientId = client.get("id");
			Map<String, Object> session = insert("a2a_sessions", Map.of("client_id", clientId), true);
			Object sessionToken = session.get("session_token");
			insert("a2a_tasks", Map.of("client_id", clientId), true);
			insert("a2a_client_api_keys", Map.of("client_id", clientId), true);
			insert("a2a_usage", Map.of("client_id", clientId, "session_token", sessionToken), true);
			// Another client's usage row that points at the orphan's session: it stays, and loses the
			// session (ON DELETE SET NULL), as a cascade would have it.
			Map<String, Object> crossUsage = insert("a2a_usage", Map.of("session_token", sessionToken), false);
			Map<String, Object> withoutSession = new HashMap<>();
			withoutSession.put("session_token", null);
			this.changed.computeIfAbsent("a2a_usage", (table) -> new TreeMap<>())
				.put(key("a2a_usage", crossUsage), withoutSession);
			if (withUserConfiguration) {
				insert("user_configurations", Map.of("user_id", "no-such-user"), true);
			}
		}

		private Map<String, Object> insert(String table, Map<String, Object> values, boolean removedBy14)
				throws SQLException {
			Map<String, Object> row = new LinkedHashMap<>(this.factory.validRow(table));
			row.putAll(values);
			this.factory.insert(table, row);
			if (removedBy14) {
				this.removed.computeIfAbsent(table, (name) -> new TreeSet<>()).add(key(table, row));
			}
			return row;
		}

		private String key(String table, Map<String, Object> row) {
			Map<String, Object> normalized = new HashMap<>();
			row.forEach((column, value) -> normalized.put(column, ReferenceRow.normalizeValue(value)));
			return DatabaseRows.key(this.schema.table(table).primaryKey(), normalized);
		}

	}

}
