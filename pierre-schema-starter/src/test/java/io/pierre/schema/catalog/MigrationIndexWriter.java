package io.pierre.schema.catalog;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * Writes {@link MigrationCatalog#INDEX} at build time from the scripts in the compiled classes
 * folder: per database, each version with its description, script and Flyway checksum, and the
 * checksums of its earlier texts from {@link MigrationCatalog#EARLIER_CHECKSUMS}. The Maven build
 * runs it after the resources are copied; it fails the build on a version that is written twice
 * for one database, and on an earlier checksum of a script that does not exist or of its current
 * text.
 */
public final class MigrationIndexWriter {

	private static final Pattern SCRIPT_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

	private MigrationIndexWriter() {
	}

	/**
	 * Writes the index.
	 * @param args the classes folder that holds {@link MigrationLocations#ROOT}
	 * @throws IOException if a script cannot be read or the index written
	 */
	public static void main(String[] args) throws IOException {
		Path classes = Path.of(args[0]);
		Map<String, List<String>> earlier = earlierChecksums(classes.resolve(MigrationCatalog.EARLIER_CHECKSUMS));
		List<String> lines = new ArrayList<>();
		lines.add("# database\tversion\tdescription\tscript\tchecksum\tearlier checksums (written by the build)");
		for (DatabaseKind kind : DatabaseKind.values()) {
			TreeMap<SchemaVersion, String> rows = new TreeMap<>();
			for (String folder : MigrationLocations.folders(kind)) {
				for (Path script : scripts(classes.resolve(folder))) {
					String row = row(kind, classes.resolve(MigrationLocations.ROOT), script);
					String[] fields = row.split("\t");
					List<String> earlierOfScript = earlier.remove(fields[0] + "\t" + fields[1]);
					if (earlierOfScript != null) {
						if (earlierOfScript.contains(fields[4])) {
							throw new IllegalStateException(MigrationCatalog.EARLIER_CHECKSUMS + " lists the current "
									+ "checksum of " + script.getFileName() + " as an earlier one");
						}
						row += "\t" + String.join(",", earlierOfScript);
					}
					SchemaVersion version = SchemaVersion.of(fields[1]);
					if (rows.put(version, row) != null) {
						throw new IllegalStateException("Version " + version + " is written twice for " + kind.productName());
					}
				}
			}
			lines.addAll(rows.values());
		}
		if (!earlier.isEmpty()) {
			throw new IllegalStateException(MigrationCatalog.EARLIER_CHECKSUMS + " lists scripts that do not exist: "
					+ earlier.keySet());
		}
		Files.write(classes.resolve(MigrationCatalog.INDEX), lines, StandardCharsets.UTF_8);
	}

	/** The earlier checksums per database and version, keyed {@code <database> TAB <version>}. */
	private static Map<String, List<String>> earlierChecksums(Path file) throws IOException {
		Map<String, List<String>> earlier = new TreeMap<>();
		if (!Files.exists(file)) {
			return earlier;
		}
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\t");
			if (fields.length < 3) {
				throw new IllegalStateException(file.getFileName() + ": not <database> TAB <version> TAB <checksum>: "
						+ line);
			}
			DatabaseKind.valueOf(fields[0]);
			Integer.parseInt(fields[2]);
			earlier.computeIfAbsent(fields[0] + "\t" + fields[1], (key) -> new ArrayList<>()).add(fields[2]);
		}
		return earlier;
	}

	private static List<Path> scripts(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".sql"))
				.sorted(Comparator.naturalOrder())
				.toList();
		}
	}

	private static String row(DatabaseKind kind, Path root, Path script) throws IOException {
		String name = script.getFileName().toString();
		Matcher matcher = SCRIPT_NAME.matcher(name);
		if (!matcher.matches()) {
			throw new IllegalStateException(script + " is not named V<version>__<description>.sql");
		}
		try (Reader reader = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
			return String.join("\t", kind.name(), matcher.group(1), matcher.group(2).replace('_', ' '),
					root.relativize(script).toString().replace('\\', '/'), Integer.toString(FlywayChecksum.of(reader)));
		}
	}

}
