package io.pierre.schema.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The folder of metadata files, one {@code query-<hash>.json} per statement, as sqlx keeps its
 * {@code .sqlx} folder: written by a prepare run, read by offline compilations.
 */
final class MetadataFolder {

	private static final String PREFIX = "query-";

	private static final String SUFFIX = ".json";

	private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final Path folder;

	MetadataFolder(Path folder) {
		this.folder = folder;
	}

	Path folder() {
		return this.folder;
	}

	Path file(String hash) {
		return this.folder.resolve(PREFIX + hash + SUFFIX);
	}

	/**
	 * Reads a statement's metadata.
	 * @param hash the statement's hash
	 * @return the metadata, empty if there is no file
	 * @throws IllegalStateException if the file is not metadata
	 */
	Optional<StatementMetadata> read(String hash) {
		Path file = file(hash);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(MAPPER.readValue(file.toFile(), StatementMetadata.class));
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("Could not read the statement metadata " + file + ": " + ex.getOriginalMessage(),
					ex);
		}
	}

	void write(StatementMetadata metadata) {
		try {
			Files.createDirectories(this.folder);
			Files.writeString(file(metadata.hash()), MAPPER.writeValueAsString(metadata) + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the statement metadata " + file(metadata.hash()), ex);
		}
	}

	/**
	 * The hashes of the statements that the folder has metadata of.
	 * @return the hashes, empty if there is no folder
	 */
	Set<String> hashes() {
		if (!Files.isDirectory(this.folder)) {
			return Set.of();
		}
		try (Stream<Path> files = Files.list(this.folder)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.startsWith(PREFIX) && name.endsWith(SUFFIX))
				.map((name) -> name.substring(PREFIX.length(), name.length() - SUFFIX.length()))
				.collect(Collectors.toSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the statement metadata folder " + this.folder, ex);
		}
	}

	void delete(String hash) {
		try {
			Files.deleteIfExists(file(hash));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete the unused statement metadata " + file(hash), ex);
		}
	}

}
