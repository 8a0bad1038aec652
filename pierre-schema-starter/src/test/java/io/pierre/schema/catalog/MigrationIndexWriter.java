package io.pierre.schema.catalog;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * Writes {@link MigrationCatalog#INDEX} at build time from the scripts in the compiled classes
 * folder: per database, each version with its description, script and Flyway checksum. The
 * Maven build runs it after the resources are copied; it fails the build on a version that is
 * written twice for one database.
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
		List<String> lines = new ArrayList<>();
		lines.add("# database\tversion\tdescription\tscript\tchecksum (written by the build)");
		for (DatabaseKind kind : DatabaseKind.values()) {
			TreeMap<SchemaVersion, String> rows = new TreeMap<>();
			for (String folder : MigrationLocations.folders(kind)) {
				for (Path script : scripts(classes.resolve(folder))) {
					String row = row(kind, classes.resolve(MigrationLocations.ROOT), script);
					SchemaVersion version = SchemaVersion.of(row.split("\t")[1]);
					if (rows.put(version, row) != null) {
						throw new IllegalStateException("Version " + version + " is written twice for " + kind.productName());
					}
				}
			}
			lines.addAll(rows.values());
		}
		Files.write(classes.resolve(MigrationCatalog.INDEX), lines, StandardCharsets.UTF_8);
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
