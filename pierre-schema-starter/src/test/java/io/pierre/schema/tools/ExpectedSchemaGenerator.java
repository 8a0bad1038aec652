package io.pierre.schema.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.flyway.FlywayMigrationRunner;
import io.pierre.schema.history.HistoryTable;
import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.inspect.ReferenceRow;
import io.pierre.schema.inspect.SchemaInspector;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.jdbc.JdbcTables;
import io.pierre.schema.testsupport.Migrations;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Generates expected schemas from a live migration: a SQLite database is migrated one version at
 * a time and, after each version, its schema and the rows that the migrations seeded are read;
 * those of the versions that have no expected schema yet are written.
 */
public final class ExpectedSchemaGenerator {

	private static final Pattern UP_SCRIPT = Pattern.compile("V(\\d+)__.+\\.sql");

	private final ClassLoader scripts;

	/**
	 * @param scripts the class loader that holds the up scripts
	 */
	public ExpectedSchemaGenerator(ClassLoader scripts) {
		this.scripts = scripts;
	}

	/**
	 * Every version that the SQLite scripts hold, oldest first.
	 * @return the versions
	 */
	public List<String> versions() {
		TreeSet<SchemaVersion> versions = new TreeSet<>();
		try {
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(this.scripts);
			for (String folder : new String[] { "common", DatabaseKind.SQLITE.id() }) {
				for (Resource resource : resolver.getResources("classpath*:db/pierre/migration/" + folder + "/*.sql")) {
					Matcher name = UP_SCRIPT.matcher(resource.getFilename());
					if (name.matches()) {
						versions.add(SchemaVersion.of(name.group(1)));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return versions.stream().map(SchemaVersion::text).toList();
	}

	/**
	 * Writes the expected schema of each version that has none in a folder.
	 * @param dataSource an empty SQLite database to migrate
	 * @param expectedFolder the folder of the expected schemas
	 * @return the versions written
	 * @throws SQLException if the database cannot be read
	 */
	public List<String> writeMissing(DataSource dataSource, Path expectedFolder) throws SQLException {
		List<String> written = new ArrayList<>();
		for (String version : versions()) {
			new FlywayMigrationRunner(HistoryTable.defaults(), SchemaVersion.of(version), this.scripts).migrate(dataSource,
					DatabaseKind.SQLITE);
			Path file = expectedFolder.resolve(version + ".json");
			if (!Files.exists(file)) {
				write(file, new ExpectedSchemaWriter().write(liveSchema(dataSource)));
				written.add(version);
			}
		}
		return written;
	}

	/**
	 * The live schema with the rows of every table that has any, as a fresh migration seeds them.
	 * @param dataSource a database migrated from empty
	 * @return the schema
	 * @throws SQLException if the database cannot be read
	 */
	public static NormalizedSchema liveSchema(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			Set<String> tables = new TreeSet<>(JdbcTables.names(connection, null));
			tables.remove(HistoryTable.DEFAULT_NAME);
			NormalizedSchema schema = new SchemaInspector(Migrations.inspectionOptions().withRowTables(tables))
				.inspect(connection);
			Map<String, List<ReferenceRow>> seeded = new TreeMap<>();
			schema.rows().forEach((table, rows) -> {
				if (!rows.isEmpty()) {
					seeded.put(table, rows);
				}
			});
			return new NormalizedSchema(schema.tables(), seeded);
		}
	}

	private static void write(Path file, String json) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, json, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
