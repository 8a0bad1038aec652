package io.pierre.bench.harness;

import java.nio.file.Path;

/**
 * SQLite files: the template and its copies in the work folder; the starter's backups of either go
 * with them. With {@code -Dbench.keep-sqlite-templates=true} the template stays, for
 * investigation.
 */
final class SqliteCopies implements DatabaseCopies {

	private final Path template;

	private final Path copy;

	SqliteCopies(BenchPaths paths, long users) {
		this.template = paths.file("upgrade-" + users + "-template.db");
		this.copy = paths.file("upgrade-" + users + "-run.db");
	}

	@Override
	public DatabaseTarget createTemplate() {
		SqliteFiles.delete(this.template);
		return DatabaseTarget.sqlite(this.template);
	}

	@Override
	public DatabaseTarget copy(DatabaseTarget template) {
		SqliteFiles.copy(this.template, this.copy);
		return DatabaseTarget.sqlite(this.copy);
	}

	@Override
	public long size(DatabaseTarget database) {
		return SqliteFiles.size(this.template);
	}

	@Override
	public void dispose(DatabaseTarget copy) {
		SqliteFiles.delete(this.copy);
		SqliteFiles.deleteBackups(this.copy);
	}

	@Override
	public void disposeTemplate(DatabaseTarget template) {
		SqliteFiles.deleteBackups(this.template);
		if (Boolean.getBoolean("bench.keep-sqlite-templates")) {
			System.err.println("kept " + this.template);
			return;
		}
		SqliteFiles.delete(this.template);
	}

}
