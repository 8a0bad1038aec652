package io.pierre.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * What the hardware needs for a large SQLite upgrade, whatever runs it: the bytes that versions
 * 14 and 15 rewrite (the pages of the tables they rebuild or alter, and of those tables' indexes),
 * read from the database file and written to another with one {@code fsync}; and the whole file
 * copied the same way, which is the floor of the starter's backup. Each run writes a scratch file
 * beside the database and deletes it.
 */
final class SqliteFloor {

	/** The tables that versions 14 (rebuilds) and 15 (ten DROP COLUMNs) rewrite. */
	static final List<String> REWRITTEN_TABLES = List.of("a2a_clients", "user_configurations", "users");

	private static final int CHUNK = 8 * 1024 * 1024;

	private SqliteFloor() {
	}

	/**
	 * The bytes of the rewritten tables and their indexes, from SQLite's {@code dbstat} table.
	 * @param file the database at version 20250120000013
	 * @return the bytes
	 */
	static long rewrittenBytes(Path file) {
		String sql = "SELECT coalesce(sum(d.pgsize), 0) FROM dbstat d JOIN sqlite_master m ON m.name = d.name "
				+ "WHERE m.tbl_name IN (?, ?, ?)";
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
				PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < REWRITTEN_TABLES.size(); i++) {
				statement.setString(i + 1, REWRITTEN_TABLES.get(i));
			}
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not size the rewritten tables of " + file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Reads the first bytes of a file and writes them to a scratch file beside it, then syncs it.
	 * @param file the database file
	 * @param bytes how many bytes
	 * @return the time taken, in milliseconds
	 */
	static double copyMillis(Path file, long bytes) {
		Path scratch = file.resolveSibling(file.getFileName() + ".floor");
		long start = System.nanoTime();
		try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
				FileChannel out = FileChannel.open(scratch, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
						StandardOpenOption.TRUNCATE_EXISTING)) {
			ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK);
			long left = Math.min(bytes, in.size());
			while (left > 0) {
				buffer.clear().limit((int) Math.min(CHUNK, left));
				int read = in.read(buffer);
				if (read < 0) {
					break;
				}
				buffer.flip();
				while (buffer.hasRemaining()) {
					out.write(buffer);
				}
				left -= read;
			}
			out.force(true);
			return (System.nanoTime() - start) / 1e6;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			try {
				Files.deleteIfExists(scratch);
			}
			catch (IOException ex) {
				System.err.println("could not delete " + scratch + ": " + ex.getMessage());
			}
		}
	}

}
