package io.pierre.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A SQLite database file with its journal, WAL and shared-memory files.
 */
final class SqliteFiles {

	private static final String[] SUFFIXES = { "", "-journal", "-wal", "-shm" };

	private SqliteFiles() {
	}

	static void delete(Path file) {
		try {
			for (String suffix : SUFFIXES) {
				Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void copy(Path from, Path to) {
		delete(to);
		try {
			Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
