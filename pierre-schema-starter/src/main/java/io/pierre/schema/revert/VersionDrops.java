package io.pierre.schema.revert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.inspect.ReferenceRow;
import io.pierre.schema.inspect.TableSchema;

/**
 * What reverting a version drops, derived from the expected schemas rather than written by hand:
 * the tables that the version's schema has and the one before does not, and the columns of the
 * tables both have that only the version's schema has. The revert tests check that each down
 * script leaves exactly the schema before, so this is what the script drops.
 *
 * @param version the version
 * @param tables the tables that go
 * @param columns the columns that go, by table (of tables that stay)
 * @param seededRows the rows that the migrations seed, by table: not the application's data
 * @param restoredValues by table, then column: an SQL expression of the value that migrating the
 * version again gives a row in a column that goes, so that a value equal to it is no loss (the
 * column's default, or what the up script computes)
 * @param restoredRows by table that goes: an SQL condition that holds for the rows that migrating
 * the version again fills in from rows that stay, so that such a row is no loss; a table in braces,
 * such as <code>{user_oauth_tokens}</code>, stands for that table as the database names it
 */
public record VersionDrops(String version, List<String> tables, Map<String, List<String>> columns,
		Map<String, List<ReferenceRow>> seededRows, Map<String, Map<String, String>> restoredValues,
		Map<String, String> restoredRows) {

	/**
	 * What version 12's up script computes for users.role, after giving every row the default:
	 * 'admin' where is_admin is 1. Such a value comes back when version 12 is applied again.
	 */
	private static final Map<String, Map<String, String>> COMPUTED = Map.of("users",
			Map.of("role", "CASE WHEN is_admin = 1 THEN 'admin' ELSE 'user' END"));

	/**
	 * What version 20260209000001's up script fills provider_connections with: an oauth connection
	 * per OAuth token, a synthetic one per user and tenant with synthetic activities. Such rows
	 * come back when the version is applied again (a synthetic one under a new id).
	 */
	private static final Map<String, String> FILLED = Map.of("provider_connections", """
			(connection_type = 'oauth' AND metadata IS NULL AND EXISTS (SELECT 1 FROM {user_oauth_tokens} t
			    WHERE t.id = c.id AND t.user_id = c.user_id AND t.tenant_id = c.tenant_id
			    AND t.provider = c.provider AND t.created_at = c.connected_at))
			OR (connection_type = 'synthetic' AND provider = 'synthetic'
			    AND metadata = '{"source": "migration-backfill"}'
			    AND connected_at = (SELECT MIN(s.created_at) FROM {synthetic_activities} s
			        WHERE s.user_id = c.user_id AND s.tenant_id = c.tenant_id))""");

	public VersionDrops {
		tables = List.copyOf(tables);
		columns = Map.copyOf(columns);
		seededRows = Map.copyOf(seededRows);
		restoredValues = Map.copyOf(restoredValues);
		restoredRows = Map.copyOf(restoredRows);
	}

	/**
	 * Compares a version's expected schema with the one before.
	 * @param catalog the embedded versions and their expected schemas
	 * @param version the version to revert
	 * @return what its down script drops
	 * @throws IllegalArgumentException if there is no such version
	 */
	public static VersionDrops of(MigrationCatalog catalog, String version) {
		List<String> versions = catalog.versions().stream().map(SchemaVersion::text).toList();
		int index = versions.indexOf(version);
		if (index < 0) {
			throw new IllegalArgumentException("No expected schema for version " + version);
		}
		NormalizedSchema after = catalog.expectedSchema(version);
		NormalizedSchema before = (index > 0) ? catalog.expectedSchema(versions.get(index - 1))
				: new NormalizedSchema(Map.of(), Map.of());
		List<String> tables = new ArrayList<>();
		Map<String, List<String>> columns = new TreeMap<>();
		Map<String, Map<String, String>> restored = new TreeMap<>();
		for (Map.Entry<String, TableSchema> table : after.tables().entrySet()) {
			TableSchema older = before.table(table.getKey());
			if (older == null) {
				tables.add(table.getKey());
				continue;
			}
			List<String> gone = table.getValue()
				.columns()
				.keySet()
				.stream()
				.filter((column) -> !older.columns().containsKey(column))
				.toList();
			if (!gone.isEmpty()) {
				columns.put(table.getKey(), gone);
				restored.put(table.getKey(), restoredValues(table.getKey(), table.getValue(), gone));
			}
		}
		// Every version's seeds, since a later version's seeds may sit in this version's table.
		NormalizedSchema newest = catalog.expectedSchema(versions.get(versions.size() - 1));
		Map<String, List<ReferenceRow>> seeded = new TreeMap<>();
		tables.forEach((table) -> seeded.put(table, newest.rows().getOrDefault(table, List.of())));
		Map<String, String> filled = new TreeMap<>(FILLED);
		filled.keySet().retainAll(tables);
		return new VersionDrops(version, tables, columns, seeded, restored, filled);
	}

	private static Map<String, String> restoredValues(String name, TableSchema table, List<String> gone) {
		Map<String, String> restored = new TreeMap<>();
		for (String column : gone) {
			String computed = COMPUTED.getOrDefault(name, Map.of()).get(column);
			String defaultValue = table.columns().get(column).defaultValue();
			if (computed != null) {
				restored.put(column, computed);
			}
			else if (defaultValue != null && !defaultValue.equalsIgnoreCase("NULL")) {
				restored.put(column, defaultValue);
			}
		}
		return restored;
	}

	/**
	 * Whether the down script drops nothing.
	 * @return whether no table and no column goes
	 */
	public boolean dropsNothing() {
		return this.tables.isEmpty() && this.columns.isEmpty();
	}

}
