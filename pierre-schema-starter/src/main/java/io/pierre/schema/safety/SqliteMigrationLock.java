package io.pierre.schema.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Serializes migrations of one SQLite file across processes. Flyway takes no lock on SQLite, so
 * without this two instances starting together would both apply the same pending versions.
 * <p>
 * The lock is an operating-system lock on a file beside the database, which the operating system
 * releases when the process dies: a crashed instance never leaves the next one waiting. The file
 * itself stays, because deleting a lock file lets a third process lock a new file while the
 * second still holds the old one. It is created with the database file's permissions.
 */
final class SqliteMigrationLock implements MigrationLock {

	/** Appended to the database file's name to name its lock file. */
	static final String LOCK_FILE_SUFFIX = ".pierre-migrate.lock";

	private static final Log logger = LogFactory.getLog(SqliteMigrationLock.class);

	/**
	 * File locks belong to the whole process, and a second lock on the same file from the same
	 * process fails instead of waiting; threads and contexts of one process queue here first.
	 */
	private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

	private final ReentrantLock inProcess;

	private final FileChannel channel;

	private final FileLock fileLock;

	private SqliteMigrationLock(ReentrantLock inProcess, FileChannel channel, FileLock fileLock) {
		this.inProcess = inProcess;
		this.channel = channel;
		this.fileLock = fileLock;
	}

	/**
	 * Takes the lock of a database file, waiting for whoever holds it.
	 * @param databaseFile the database file
	 * @return the lock, to be closed on the same thread
	 * @throws UncheckedIOException if the lock file cannot be created or locked
	 */
	static SqliteMigrationLock acquire(Path databaseFile) {
		Path lockFile = lockFile(databaseFile);
		ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(lockFile, (path) -> new ReentrantLock());
		if (!inProcess.tryLock()) {
			logger.info("Pierre schema: waiting for another migration of " + databaseFile + " in this process");
			inProcess.lock();
		}
		FileChannel channel = null;
		try {
			FilePermissions.createLike(lockFile, databaseFile);
			channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock fileLock = channel.tryLock();
			if (fileLock == null) {
				logger.info("Pierre schema: waiting for another process to finish migrating " + databaseFile
						+ " (it holds " + lockFile + ")");
				fileLock = channel.lock();
			}
			return new SqliteMigrationLock(inProcess, channel, fileLock);
		}
		catch (IOException ex) {
			closeQuietly(channel);
			inProcess.unlock();
			throw new UncheckedIOException("Could not lock " + lockFile + " to migrate " + databaseFile, ex);
		}
		catch (RuntimeException | Error ex) {
			closeQuietly(channel);
			inProcess.unlock();
			throw ex;
		}
	}

	/**
	 * The lock file of a database file.
	 * @param databaseFile the database file
	 * @return its lock file, beside it
	 */
	static Path lockFile(Path databaseFile) {
		Path absolute = databaseFile.toAbsolutePath().normalize();
		return absolute.resolveSibling(absolute.getFileName() + LOCK_FILE_SUFFIX);
	}

	@Override
	public void close() {
		try {
			this.fileLock.release();
		}
		catch (IOException ex) {
			// Closing the channel below releases it as well.
			logger.debug("Could not release the migration lock", ex);
		}
		finally {
			closeQuietly(this.channel);
			this.inProcess.unlock();
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				logger.debug("Could not close the migration lock file", ex);
			}
		}
	}

}
