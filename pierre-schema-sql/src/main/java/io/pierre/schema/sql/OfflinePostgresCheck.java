package io.pierre.schema.sql;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Takes each statement's PostgreSQL verdict from its metadata file, without a server. A statement
 * without metadata fails, saying how to prepare it; metadata of another schema version is used
 * with a warning, or fails in check mode, where a file that no statement uses fails too.
 */
final class OfflinePostgresCheck implements PostgresCheck {

	static final String PREPARE_STEP = "compile once with -A" + SqlCheckOptions.MODE + "=prepare and a PostgreSQL server in "
			+ SqlCheckOptions.URL_VARIABLE + " (or -A" + SqlCheckOptions.POSTGRES_URL + "), then commit the metadata folder";

	private final MetadataFolder folder;

	private final SchemaTarget target;

	private final boolean strict;

	/**
	 * Makes the check.
	 * @param folder the metadata, or {@code null} where no folder is named
	 * @param target the target
	 * @param strict whether this is check mode
	 */
	OfflinePostgresCheck(MetadataFolder folder, SchemaTarget target, boolean strict) {
		this.folder = folder;
		this.target = target;
		this.strict = strict;
	}

	@Override
	public void check(SqlStatement statement, Reporter reporter) {
		if (this.folder == null) {
			reporter.error(statement.element(),
					"SQL cannot be checked on PostgreSQL: no server is named and no metadata folder (-A"
							+ SqlCheckOptions.METADATA + "); to prepare it, " + PREPARE_STEP);
			return;
		}
		Optional<StatementMetadata> found = this.folder.read(statement.hash());
		if (found.isEmpty()) {
			reporter.error(statement.element(), "SQL has no PostgreSQL metadata in " + this.folder.folder()
					+ " (no server is named, so the check is offline); to prepare it, " + PREPARE_STEP);
			return;
		}
		StatementMetadata metadata = found.get();
		if (!metadata.isAt(this.target)) {
			String message = "SQL's PostgreSQL metadata " + this.folder.file(statement.hash()).getFileName()
					+ " was prepared at " + metadata.describeVersion() + ", not at the checked " + this.target.describe()
					+ "; to prepare it again, " + PREPARE_STEP;
			if (this.strict) {
				reporter.error(statement.element(), message);
				return;
			}
			reporter.warning(statement.element(), message);
		}
		if (metadata.error() != null) {
			reporter.error(statement.element(), PostgresCheck.failure(metadata.error())
					+ " (from " + this.folder.file(statement.hash()).getFileName() + ")");
		}
	}

	@Override
	public void finish(Set<String> used, Reporter reporter) {
		if (!this.strict || this.folder == null) {
			return;
		}
		Set<String> unused = new TreeSet<>(this.folder.hashes());
		unused.removeAll(used);
		for (String hash : unused) {
			reporter.error("Pierre SQL check: the metadata file " + this.folder.file(hash)
					+ " belongs to no statement of this compilation: remove it, or " + PREPARE_STEP
					+ " (a prepare run removes unused files)");
		}
	}

	@Override
	public void close() {
	}

}
