package io.pierre.schema.safety;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Creates the files that the starter writes beside a database file (backups, the lock file) with
 * that file's permissions: a backup holds the same secrets, and the umask would give it its own.
 */
final class FilePermissions {

	private FilePermissions() {
	}

	/**
	 * Creates an empty file with the permissions of another, never wider at any moment: it is
	 * created with them (which the umask may narrow), then given them exactly. Where the file
	 * system has no POSIX permissions, or the other file does not exist, it is created as usual.
	 * @param file the file to create
	 * @param model the file whose permissions it takes
	 * @throws IOException if it cannot be created; one that exists already is left as it is
	 */
	static void createLike(Path file, Path model) throws IOException {
		Set<PosixFilePermission> permissions = permissions(model);
		try {
			if (permissions == null) {
				Files.createFile(file);
				return;
			}
			Files.createFile(file, PosixFilePermissions.asFileAttribute(permissions));
		}
		catch (FileAlreadyExistsException ex) {
			// Made by an earlier start, or by another instance just now.
			return;
		}
		Files.setPosixFilePermissions(file, permissions);
	}

	private static Set<PosixFilePermission> permissions(Path model) throws IOException {
		if (!Files.exists(model) || Files.getFileAttributeView(model, PosixFileAttributeView.class) == null) {
			return null;
		}
		return Files.getPosixFilePermissions(model);
	}

}
