package io.pierre.schema.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.pierre.schema.inspect.ColumnSchema;
import io.pierre.schema.inspect.ForeignKeySchema;
import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.inspect.TableSchema;

/**
 * Writes the schema as Markdown with one Mermaid entity-relationship diagram per domain, a domain
 * being the tables that one version created.
 */
final class SchemaDiagramWriter {

	/** The domains' titles, as the Pierre server's migrations README describes each version. */
	private static final Map<String, String> TITLES = Map.ofEntries(
			Map.entry("20250120000001", "User accounts, profiles, and OAuth app credentials"),
			Map.entry("20250120000002", "API key management and usage tracking"),
			Map.entry("20250120000003", "Analytics, goals, insights, and request logs"),
			Map.entry("20250120000004", "Agent-to-Agent protocol"),
			Map.entry("20250120000005", "Admin tokens and system secrets"),
			Map.entry("20250120000006", "Per-user OAuth tokens"),
			Map.entry("20250120000007", "OAuth completion notifications"),
			Map.entry("20250120000008", "OAuth2 server (RFC 7591)"),
			Map.entry("20250120000009", "Multi-tenant infrastructure"),
			Map.entry("20250120000010", "Fitness-specific configurations"),
			Map.entry("20250120000012", "Role-based permissions, impersonation sessions, user MCP tokens"),
			Map.entry("20250120000013", "System settings"),
			Map.entry("20250120000017", "Chat conversations and messages"),
			Map.entry("20250120000019", "Recipes and ingredients"),
			Map.entry("20250120000020", "Runtime config overrides and audit logging"),
			Map.entry("20250120000023", "Prompt suggestions and welcome prompts"),
			Map.entry("20250120000024", "System prompts"),
			Map.entry("20250120000025", "Users' LLM provider credentials and their audit"),
			Map.entry("20250120000026", "The MCP tool catalog and tenant overrides"),
			Map.entry("20250120000030", "Coaches"),
			Map.entry("20250120000032", "Coach assignments and user preferences"),
			Map.entry("20250120000035", "Coach relations and versions"),
			Map.entry("20250120000037", "Mobility: stretching exercises, yoga poses, muscles per activity"),
			Map.entry("20250120000039", "Coach store authors"),
			Map.entry("20250120000040", "Social features: friends, shared insights, reactions, adaptations"),
			Map.entry("20250128000001", "Synthetic activities"),
			Map.entry("20260205000001", "OAuth client flow states"),
			Map.entry("20260209000001", "Provider connections"),
			Map.entry("20260211000001", "Password reset tokens"));

	String write(NormalizedSchema schema, Map<String, List<String>> tablesByVersion, String newestVersion) {
		StringBuilder markdown = new StringBuilder();
		markdown.append("# The Pierre schema\n\n")
			.append("The schema at version ")
			.append(newestVersion)
			.append(": ")
			.append(schema.tables().size())
			.append(" tables, one diagram per domain (the tables that one version created). ")
			.append("Types are storage classes; on PostgreSQL INTEGER is bigint and REAL double precision.\n\n")
			.append("Generated from a migrated database by `SchemaDocumentationTests`; ")
			.append("regenerate with `mvn -pl pierre-schema-starter test -Dtest=SchemaDocumentationTests -Dpierre.docs.update=true`.\n");
		Map<String, List<String>> domains = new LinkedHashMap<>(tablesByVersion);
		domains.values().removeIf(List::isEmpty);
		for (Map.Entry<String, List<String>> domain : domains.entrySet()) {
			markdown.append("\n## ")
				.append(TITLES.getOrDefault(domain.getKey(), "Version " + domain.getKey()))
				.append("\n\nCreated by version ")
				.append(domain.getKey())
				.append(".\n\n```mermaid\nerDiagram\n");
			for (String table : domain.getValue()) {
				writeEntity(markdown, table, schema.table(table));
			}
			for (String table : domain.getValue()) {
				writeRelationships(markdown, table, schema.table(table));
			}
			markdown.append("```\n");
		}
		return markdown.toString();
	}

	private void writeEntity(StringBuilder markdown, String name, TableSchema table) {
		Set<String> foreignKeyColumns = table.foreignKeys()
			.stream()
			.flatMap((foreignKey) -> foreignKey.columns().stream())
			.collect(Collectors.toSet());
		Set<String> uniqueColumns = table.unique()
			.stream()
			.filter((columns) -> columns.size() == 1)
			.map((columns) -> columns.get(0))
			.collect(Collectors.toSet());
		markdown.append("    ").append(name).append(" {\n");
		for (Map.Entry<String, ColumnSchema> column : table.columns().entrySet()) {
			String columnName = column.getKey();
			List<String> keys = new ArrayList<>();
			if (table.primaryKey().contains(columnName)) {
				keys.add("PK");
			}
			if (foreignKeyColumns.contains(columnName)) {
				keys.add("FK");
			}
			if (uniqueColumns.contains(columnName)) {
				keys.add("UK");
			}
			markdown.append("        ").append(column.getValue().type()).append(' ').append(columnName);
			if (!keys.isEmpty()) {
				markdown.append(' ').append(String.join(", ", keys));
			}
			if (!column.getValue().notNull()) {
				markdown.append(" \"nullable\"");
			}
			markdown.append('\n');
		}
		markdown.append("    }\n");
	}

	private void writeRelationships(StringBuilder markdown, String name, TableSchema table) {
		for (ForeignKeySchema foreignKey : table.foreignKeys()) {
			boolean optional = foreignKey.columns().stream().anyMatch((column) -> !table.columns().get(column).notNull());
			markdown.append("    ")
				.append(name)
				.append(optional ? " }o--o| " : " }o--|| ")
				.append(foreignKey.references())
				.append(" : \"")
				.append(String.join(", ", foreignKey.columns()))
				.append(" (on delete ")
				.append(foreignKey.onDelete().toLowerCase(Locale.ROOT))
				.append(")\"\n");
		}
	}

}
