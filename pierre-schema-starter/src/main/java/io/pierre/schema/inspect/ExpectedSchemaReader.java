package io.pierre.schema.inspect;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;


/**
 * Parses an expected schema in the contract's JSON format ({@code db/pierre/expected/<version>.json}).
 */
public final class ExpectedSchemaReader {

	private static final ObjectMapper MAPPER = JsonMapper.builder().build();

	private ExpectedSchemaReader() {
	}

	/**
	 * Parses a schema in the contract's JSON format.
	 * @param json the JSON document
	 * @return the schema
	 */
	public static NormalizedSchema parse(InputStream json) {
		JsonNode root = MAPPER.readTree(json);
		Map<String, TableSchema> tables = new TreeMap<>();
		for (Map.Entry<String, JsonNode> table : root.path("tables").properties()) {
			tables.put(table.getKey(), table(table.getValue()));
		}
		Map<String, List<ReferenceRow>> rows = new TreeMap<>();
		for (Map.Entry<String, JsonNode> table : root.path("rows").properties()) {
			List<ReferenceRow> tableRows = new ArrayList<>();
			for (JsonNode row : table.getValue()) {
				Map<String, Object> values = new LinkedHashMap<>();
				for (Map.Entry<String, JsonNode> value : row.properties()) {
					values.put(value.getKey(), value(value.getValue()));
				}
				tableRows.add(new ReferenceRow(values));
			}
			TableSchema schema = tables.get(table.getKey());
			rows.put(table.getKey(),
					ReferenceRowReader.sorted(tableRows, (schema != null) ? schema.primaryKey() : List.of()));
		}
		return new NormalizedSchema(tables, rows);
	}

	private static TableSchema table(JsonNode table) {
		Map<String, ColumnSchema> columns = new TreeMap<>();
		for (Map.Entry<String, JsonNode> column : table.path("columns").properties()) {
			JsonNode spec = column.getValue();
			columns.put(column.getKey(), new ColumnSchema(spec.path("type").asString(), spec.path("notnull").asBoolean(),
					SqlText.normalizeDefault(text(spec.path("default")))));
		}
		List<List<String>> unique = new ArrayList<>();
		table.path("unique").forEach((constraint) -> unique.add(strings(constraint)));
		List<ForeignKeySchema> foreignKeys = new ArrayList<>();
		table.path("foreignKeys")
			.forEach((key) -> foreignKeys.add(new ForeignKeySchema(strings(key.path("columns")),
					key.path("references").asString(), strings(key.path("referencedColumns")),
					key.path("onDelete").asString())));
		List<CheckConstraint> checks = new ArrayList<>();
		table.path("checks").forEach((check) -> checks.add(check.has("in")
				? new CheckConstraint.AllowedValues(check.path("column").asString(), strings(check.path("in")))
				: new CheckConstraint.Expression(SqlText.normalizeExpression(check.path("expr").asString()))));
		Map<String, IndexSchema> indexes = new TreeMap<>();
		table.path("indexes").forEach((index) -> {
			String where = text(index.path("where"));
			indexes.put(index.path("name").asString(),
					new IndexSchema(index.path("name").asString(), index.path("unique").asBoolean(),
							strings(index.path("columns")), (where != null) ? SqlText.normalizeExpression(where) : null));
		});
		Map<String, TriggerSchema> triggers = new TreeMap<>();
		table.path("triggers").forEach((trigger) -> triggers.put(trigger.path("name").asString(),
				new TriggerSchema(trigger.path("name").asString(), trigger.path("event").asString())));
		return new TableSchema(columns, strings(table.path("primaryKey")), unique, foreignKeys, checks, indexes,
				triggers);
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((item) -> values.add(item.asString()));
		return values;
	}

	private static String text(JsonNode node) {
		return (node.isMissingNode() || node.isNull()) ? null : node.asString();
	}

	private static Object value(JsonNode node) {
		if (node.isNull() || node.isMissingNode()) {
			return null;
		}
		if (node.isIntegralNumber()) {
			return node.longValue();
		}
		if (node.isNumber()) {
			return node.doubleValue();
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		return node.asString();
	}

}
