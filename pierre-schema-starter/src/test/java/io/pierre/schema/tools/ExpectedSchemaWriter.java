package io.pierre.schema.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.pierre.schema.inspect.CheckConstraint;
import io.pierre.schema.inspect.ColumnSchema;
import io.pierre.schema.inspect.ForeignKeySchema;
import io.pierre.schema.inspect.IndexSchema;
import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.inspect.ReferenceRow;
import io.pierre.schema.inspect.TableSchema;
import io.pierre.schema.inspect.TriggerSchema;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a schema in the contract's JSON format, as {@code db/pierre/expected/<version>.json}
 * holds it: what the procedure for adding a version generates from a live migration.
 */
public final class ExpectedSchemaWriter {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	/**
	 * The schema as JSON: tables, and the rows that the migrations seed, keys sorted.
	 * @param schema the schema
	 * @return the JSON document
	 */
	public String write(NormalizedSchema schema) {
		Map<String, Object> root = new LinkedHashMap<>();
		Map<String, Object> rows = new TreeMap<>();
		schema.rows().forEach((table, tableRows) -> rows.put(table, tableRows.stream().map(ReferenceRow::values).toList()));
		root.put("rows", rows);
		Map<String, Object> tables = new TreeMap<>();
		schema.tables().forEach((name, table) -> tables.put(name, table(table)));
		root.put("tables", tables);
		return MAPPER.writeValueAsString(root) + "\n";
	}

	private static Map<String, Object> table(TableSchema table) {
		Map<String, Object> json = new TreeMap<>();
		List<Object> checks = new ArrayList<>();
		for (CheckConstraint check : table.checks()) {
			Map<String, Object> entry = new TreeMap<>();
			if (check instanceof CheckConstraint.AllowedValues allowed) {
				entry.put("column", allowed.column());
				entry.put("in", allowed.values());
			}
			else {
				entry.put("expr", ((CheckConstraint.Expression) check).expression());
			}
			checks.add(entry);
		}
		json.put("checks", checks);
		Map<String, Object> columns = new TreeMap<>();
		table.columns().forEach((name, column) -> columns.put(name, column(column)));
		json.put("columns", columns);
		List<Object> foreignKeys = new ArrayList<>();
		for (ForeignKeySchema key : table.foreignKeys()) {
			Map<String, Object> entry = new TreeMap<>();
			entry.put("columns", key.columns());
			entry.put("onDelete", key.onDelete());
			entry.put("referencedColumns", key.referencedColumns());
			entry.put("references", key.references());
			foreignKeys.add(entry);
		}
		json.put("foreignKeys", foreignKeys);
		List<Object> indexes = new ArrayList<>();
		for (IndexSchema index : table.indexes().values()) {
			Map<String, Object> entry = new TreeMap<>();
			entry.put("columns", index.columns());
			entry.put("name", index.name());
			entry.put("unique", index.unique());
			entry.put("where", index.where());
			indexes.add(entry);
		}
		json.put("indexes", indexes);
		json.put("primaryKey", table.primaryKey());
		json.put("unique", table.unique());
		if (!table.triggers().isEmpty()) {
			json.put("triggers", table.triggers().values().stream().map(ExpectedSchemaWriter::trigger).toList());
		}
		return json;
	}

	private static Map<String, Object> trigger(TriggerSchema trigger) {
		Map<String, Object> json = new TreeMap<>();
		json.put("event", trigger.event());
		json.put("name", trigger.name());
		return json;
	}

	private static Map<String, Object> column(ColumnSchema column) {
		Map<String, Object> json = new TreeMap<>();
		json.put("default", column.defaultValue());
		json.put("notnull", column.notNull());
		json.put("type", column.type());
		return json;
	}

}
