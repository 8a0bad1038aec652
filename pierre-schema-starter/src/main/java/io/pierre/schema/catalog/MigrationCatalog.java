package io.pierre.schema.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.pierre.schema.inspect.ExpectedSchemaReader;
import io.pierre.schema.inspect.ExpectedSchemas;
import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.jdbc.DatabaseKind;

/**
 * What the starter embeds: the migrations per database, read from the index that the build writes
 * beside them, so that knowing what is embedded costs one small read (no classpath scan, no
 * checksum computing, no Flyway); and the schema each version should produce, each parsed once,
 * when first asked for. One catalog serves an application.
 */
public final class MigrationCatalog implements ExpectedSchemas {

	/** The index's path on the classpath. */
	public static final String INDEX = MigrationLocations.ROOT + "/index.tsv";

	/**
	 * The list of earlier checksums: one line per earlier text of a script, {@code <database> TAB
	 * <version> TAB <checksum> TAB <why it changed>}. The build folds it into the index.
	 */
	public static final String EARLIER_CHECKSUMS = MigrationLocations.ROOT + "/earlier-checksums.tsv";

	/** The classpath folder of the expected schemas, one {@code <version>.json} each. */
	public static final String EXPECTED_SCHEMAS = "db/pierre/expected";

	private final Map<DatabaseKind, List<CatalogEntry>> entries;

	private final ClassLoader classLoader;

	private final ConcurrentMap<SchemaVersion, NormalizedSchema> expectedSchemas = new ConcurrentHashMap<>();

	private MigrationCatalog(Map<DatabaseKind, List<CatalogEntry>> entries, ClassLoader classLoader) {
		this.entries = new EnumMap<>(DatabaseKind.class);
		for (Map.Entry<DatabaseKind, List<CatalogEntry>> kindEntries : entries.entrySet()) {
			this.entries.put(kindEntries.getKey(), List.copyOf(kindEntries.getValue()));
		}
		this.classLoader = classLoader;
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
			return new MigrationCatalog(parse(new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))),
					classLoader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + INDEX, ex);
		}
	}

	private static Map<DatabaseKind, List<CatalogEntry>> parse(BufferedReader reader) throws IOException {
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
			Set<Integer> earlier = new HashSet<>();
			if (fields.length > 5) {
				for (String checksum : fields[5].split(",")) {
					earlier.add(Integer.valueOf(checksum));
				}
			}
			entries.get(kind)
				.add(new CatalogEntry(SchemaVersion.of(fields[1]), fields[2], fields[3], Integer.parseInt(fields[4]),
						earlier));
		}
		return entries;
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

	/**
	 * The class loader that holds the scripts.
	 * @return the class loader
	 */
	public ClassLoader classLoader() {
		return this.classLoader;
	}

	/**
	 * The versions that the starter knows, oldest first: the same on every database.
	 * @return the versions
	 */
	public List<SchemaVersion> versions() {
		return entries(DatabaseKind.SQLITE).stream().map(CatalogEntry::version).toList();
	}

	@Override
	public NormalizedSchema expectedSchema(String version) {
		return expectedSchema(SchemaVersion.of(version));
	}

	/**
	 * The schema that a version should have produced, the same on every database.
	 * @param version the version
	 * @return the schema
	 * @throws IllegalArgumentException if the starter does not know the version
	 */
	public NormalizedSchema expectedSchema(SchemaVersion version) {
		if (find(DatabaseKind.SQLITE, version).isEmpty()) {
			throw new IllegalArgumentException("No Pierre schema version " + version);
		}
		return this.expectedSchemas.computeIfAbsent(version, this::readExpectedSchema);
	}

	@Override
	public Set<String> pierreTables() {
		return expectedSchema(newestVersion(DatabaseKind.SQLITE)).tables().keySet();
	}

	private NormalizedSchema readExpectedSchema(SchemaVersion version) {
		String path = EXPECTED_SCHEMAS + "/" + version + ".json";
		try (InputStream json = this.classLoader.getResourceAsStream(path)) {
			if (json == null) {
				throw new IllegalStateException("The expected schema " + path + " is missing from the classpath");
			}
			return ExpectedSchemaReader.parse(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + path, ex);
		}
	}

}
