package io.pierre.schema.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.history.MigrationInfo;
import io.pierre.schema.history.MigrationListener;
import io.pierre.schema.history.SchemaStatus;
import io.pierre.schema.jdbc.JdbcUrls;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON document that a command prints with {@code --json}: its name, whether it
 * succeeded, what it did as it did it (each version applied or reverted), the schema's state
 * after it, or the error with its cause. It is built as the command runs, so that a command
 * that fails half-way still says what it did.
 */
final class JsonDocument implements MigrationListener {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final Map<String, Object> fields = new LinkedHashMap<>();

	private final List<Map<String, Object>> versions = new ArrayList<>();

	/**
	 * Starts the document of a command.
	 * @param command the command's name
	 * @param versionsField the name of the list of versions the command runs, such as
	 * {@code applied}, or {@code null} for a command that runs none
	 */
	JsonDocument(String command, String versionsField) {
		this.fields.put("command", command);
		this.fields.put("success", true);
		if (versionsField != null) {
			this.fields.put(versionsField, this.versions);
		}
	}

	JsonDocument put(String name, Object value) {
		this.fields.put(name, value);
		return this;
	}

	JsonDocument status(SchemaStatus status) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("database", status.database().productName());
		document.put("databaseVersion", status.databaseVersion());
		document.put("historyTable", status.historyTable());
		document.put("currentVersion", status.currentVersion().map(SchemaVersion::toString).orElse(null));
		document.put("newestVersion", status.newestVersion().toString());
		document.put("migrations", status.migrations().stream().map(JsonDocument::migration).toList());
		return put("status", document);
	}

	@Override
	public void backedUp(Path backup) {
		put("backup", backup.toString());
	}

	@Override
	public void versionEnded(SchemaVersion version, String description, Duration duration, boolean success) {
		Map<String, Object> ended = new LinkedHashMap<>();
		ended.put("version", version.toString());
		ended.put("description", description);
		ended.put("durationMillis", duration.toMillis());
		ended.put("success", success);
		this.versions.add(ended);
	}

	/**
	 * Marks the document as that of a failed command.
	 * @param message what went wrong, as the error line says it
	 * @param cause the deepest cause's message, or {@code null} when it says no more
	 * @return this document
	 */
	JsonDocument failed(String message, String cause) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", JdbcUrls.redact(message));
		error.put("cause", (cause != null) ? JdbcUrls.redact(cause) : null);
		return put("success", false).put("error", error);
	}

	void print(PrintWriter out) {
		out.println(MAPPER.writeValueAsString(this.fields));
		out.flush();
	}

	private static Map<String, Object> migration(MigrationInfo migration) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("version", migration.version().toString());
		document.put("description", migration.description());
		document.put("type", migration.type());
		document.put("state", migration.state().id());
		document.put("installedOn", (migration.installedOn() != null) ? migration.installedOn().toString() : null);
		document.put("executionTimeMillis", migration.executionTimeMillis());
		return document;
	}

}
