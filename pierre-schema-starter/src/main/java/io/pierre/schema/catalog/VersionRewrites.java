package io.pierre.schema.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.inspect.TableSchema;

/**
 * The tables that a version rewrites, derived from the expected schemas: those that the schema
 * before it already has and whose definition (columns, keys, checks, indexes) the version changes.
 * A table that the version creates is empty when it does.
 */
public final class VersionRewrites {

	private VersionRewrites() {
	}

	/**
	 * Compares a version's expected schema with the one before.
	 * @param catalog the embedded versions and their expected schemas
	 * @param version the version
	 * @return the tables it rewrites, none for the first version or one the catalog does not hold
	 */
	public static Set<String> of(MigrationCatalog catalog, SchemaVersion version) {
		List<SchemaVersion> versions = catalog.versions();
		int index = versions.indexOf(version);
		if (index <= 0) {
			return Set.of();
		}
		NormalizedSchema before = catalog.expectedSchema(versions.get(index - 1));
		Set<String> rewritten = new TreeSet<>();
		for (Map.Entry<String, TableSchema> table : catalog.expectedSchema(version).tables().entrySet()) {
			TableSchema older = before.table(table.getKey());
			if (older != null && !Objects.equals(older, table.getValue())) {
				rewritten.add(table.getKey());
			}
		}
		return rewritten;
	}

}
