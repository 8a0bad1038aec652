package io.pierre.bench.harness;

/**
 * Where the large-upgrade benchmark keeps its filled template database and the copies it upgrades.
 */
interface DatabaseCopies {

	/**
	 * Creates the empty template database.
	 * @return the template
	 */
	DatabaseTarget createTemplate();

	/**
	 * Copies the template.
	 * @param template the template
	 * @return the copy
	 */
	DatabaseTarget copy(DatabaseTarget template);

	/**
	 * Its size on disk.
	 * @param database a database
	 * @return bytes
	 */
	long size(DatabaseTarget database);

	/**
	 * Deletes a copy.
	 * @param copy the copy
	 */
	void dispose(DatabaseTarget copy);

	/**
	 * Deletes the template.
	 * @param template the template
	 */
	void disposeTemplate(DatabaseTarget template);

}
