package io.pierre.schema.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * The embedded migrations, per database, read from the index that the build writes beside them
 * (see {@link MigrationIndexWriter}), so that knowing what is embedded costs one small read: no
 * classpath scan, no checksum computing, no Flyway.
 */
public final class MigrationCatalog {

	/** The index's path on the classpath. */
	public static final String INDEX = MigrationLocations.ROOT + "/index.tsv";

	private final Map<DatabaseKind, List<CatalogEntry>> entries;

	MigrationCatalog(Map<DatabaseKind, List<CatalogEntry>> entries) {
		this.entries = new EnumMap<>(DatabaseKind.class);
		entries.forEach((kind, list) -> this.entries.put(kind, List.copyOf(list)));
	}

	/**
	 * Reads the catalog that the build embedded.
	 * @param classLoader the class loader that holds the starter's resources
	 * @return the catalog
	 * @throws IllegalStateException if the index is missing, i.e. the jar was not built by Maven
	 */
	public static MigrationCatalog load(ClassLoader classLoader) {
		try (InputStream input = classLoader.getResourceAsStream(INDEX)) {
			if (input == null) {
				throw new IllegalStateException("The Pierre migration index " + INDEX
						+ " is missing from the classpath; build the starter with Maven, which writes it");
			}
			return parse(new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + INDEX, ex);
		}
	}

	static MigrationCatalog parse(BufferedReader reader) throws IOException {
		Map<DatabaseKind, List<CatalogEntry>> entries = new EnumMap<>(DatabaseKind.class);
		for (DatabaseKind kind : DatabaseKind.values()) {
			entries.put(kind, new ArrayList<>());
		}
		String line;
		while ((line = reader.readLine()) != null) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\t");
			DatabaseKind kind = DatabaseKind.valueOf(fields[0]);
			entries.get(kind)
				.add(new CatalogEntry(SchemaVersion.of(fields[1]), fields[2], fields[3], Integer.parseInt(fields[4])));
		}
		return new MigrationCatalog(entries);
	}

	/**
	 * The migrations that one database runs, oldest first.
	 * @param kind the database
	 * @return the migrations
	 */
	public List<CatalogEntry> entries(DatabaseKind kind) {
		return this.entries.get(kind);
	}

	/**
	 * The newest version that the starter knows.
	 * @param kind the database
	 * @return the newest version
	 */
	public SchemaVersion newestVersion(DatabaseKind kind) {
		List<CatalogEntry> list = entries(kind);
		return list.get(list.size() - 1).version();
	}

	/**
	 * Finds a version.
	 * @param kind the database
	 * @param version the version
	 * @return the migration, if the starter knows the version
	 */
	public Optional<CatalogEntry> find(DatabaseKind kind, SchemaVersion version) {
		return entries(kind).stream().filter((entry) -> entry.version().equals(version)).findFirst();
	}

}
