package io.pierre.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A SQLite database file with its journal, WAL and shared-memory files, and the backups that the
 * starter makes beside it.
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

	/**
	 * Deletes the starter's backups of a file ({@code <name>.backup-<version>-<time>.db}, and one
	 * left half written): as large as the file, and of no use to a benchmark once the upgrade has
	 * run.
	 * @param file the database's file
	 */
	static void deleteBackups(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String prefix = ((dot > 0) ? name.substring(0, dot) : name) + ".backup-";
		try (DirectoryStream<Path> backups = Files.newDirectoryStream(file.toAbsolutePath().getParent(),
				(path) -> path.getFileName().toString().startsWith(prefix))) {
			for (Path backup : backups) {
				Files.deleteIfExists(backup);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Copies a file and writes the copy to disk before returning: otherwise the first fsync of the
	 * upgrade that follows waits for the kernel to write back what the copy left in memory (several
	 * GB at a million users), a cost that the run on the template, long written, does not pay.
	 * @param from the file
	 * @param to the copy
	 */
	static void copy(Path from, Path to) {
		delete(to);
		try {
			Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
			try (FileChannel copy = FileChannel.open(to, StandardOpenOption.WRITE)) {
				copy.force(true);
			}
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
