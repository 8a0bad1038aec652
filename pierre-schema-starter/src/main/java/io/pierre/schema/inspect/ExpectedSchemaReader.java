package io.pierre.schema.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the expected schema of a version from the contract's JSON on the classpath,
 * {@code db/pierre/expected/<version>.json}.
 */
public final class ExpectedSchemaReader {

	/** The classpath folder of the expected schemas. */
	public static final String LOCATION = "db/pierre/expected";

	private static final ObjectMapper MAPPER = JsonMapper.builder().build();

	private final ClassLoader classLoader;

	/**
	 * A reader of the classpath of the given class loader.
	 * @param classLoader where the JSON files are found
	 */
	public ExpectedSchemaReader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/**
	 * The versions that have an expected schema, oldest first.
	 * @return the versions, such as {@code 20250120000001}
	 */
	public List<String> versions() {
		TreeSet<String> versions = new TreeSet<>(Comparator.comparing(BigInteger::new));
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver(this.classLoader)
				.getResources("classpath*:" + LOCATION + "/*.json");
			for (Resource resource : resources) {
				String name = resource.getFilename();
				if (name != null && name.matches("\\d+\\.json")) {
					versions.add(name.substring(0, name.length() - ".json".length()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list " + LOCATION, ex);
		}
		return List.copyOf(versions);
	}

	/**
	 * The expected schema after a version.
	 * @param version the version, such as {@code 20250120000021}
	 * @return the schema
	 * @throws IllegalArgumentException when there is no expected schema for the version
	 */
	public NormalizedSchema read(String version) {
		String path = LOCATION + "/" + version + ".json";
		try (InputStream json = this.classLoader.getResourceAsStream(path)) {
			if (json == null) {
				throw new IllegalArgumentException("No expected schema for version " + version + " (" + path + ")");
			}
			return parse(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + path, ex);
		}
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
		return new TableSchema(columns, strings(table.path("primaryKey")), unique, foreignKeys, checks, indexes);
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
