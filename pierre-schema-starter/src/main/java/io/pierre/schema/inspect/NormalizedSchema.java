package io.pierre.schema.inspect;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A database schema in the normalized form of the contract ({@code db/pierre/expected/*.json}):
 * what any database, SQLite or PostgreSQL, can be compared with.
 *
 * @param tables the tables by name
 * @param rows reference rows by table name: the rows that the migrations insert, each list in
 * primary-key order
 */
public record NormalizedSchema(Map<String, TableSchema> tables, Map<String, List<ReferenceRow>> rows) {

	public NormalizedSchema {
		tables = Collections.unmodifiableMap(new TreeMap<>(tables));
		TreeMap<String, List<ReferenceRow>> rowCopy = new TreeMap<>();
		rows.forEach((table, tableRows) -> rowCopy.put(table, List.copyOf(tableRows)));
		rows = Collections.unmodifiableMap(rowCopy);
	}

	/**
	 * One table.
	 * @param name the table name
	 * @return the table, or {@code null} when the schema has none of that name
	 */
	public TableSchema table(String name) {
		return this.tables.get(name);
	}

}
