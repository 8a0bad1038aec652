package io.pierre.schema.sql;

import java.util.Set;

/**
 * Prepares each statement on the server; in a prepare run, also writes its metadata file and, at
 * the end, removes the files of statements that are gone.
 */
final class OnlinePostgresCheck implements PostgresCheck {

	private final CheckDatabase database;

	private final SchemaTarget target;

	private final MetadataFolder prepareInto;

	/**
	 * Makes the check.
	 * @param database the server's database at the target
	 * @param target the target
	 * @param prepareInto the folder to write metadata into, or {@code null} where this is not a
	 * prepare run
	 */
	OnlinePostgresCheck(CheckDatabase database, SchemaTarget target, MetadataFolder prepareInto) {
		this.database = database;
		this.target = target;
		this.prepareInto = prepareInto;
	}

	@Override
	public void check(SqlStatement statement, Reporter reporter) {
		StatementVerdict verdict = this.database.prepare(statement);
		if (this.prepareInto != null) {
			this.prepareInto.write(StatementMetadata.of(statement, this.target, verdict));
		}
		if (!verdict.prepared()) {
			reporter.error(statement.element(), PostgresCheck.failure(verdict.error()));
		}
	}

	@Override
	public void finish(Set<String> used, Reporter reporter) {
		if (this.prepareInto == null) {
			return;
		}
		int removed = 0;
		for (String hash : this.prepareInto.hashes()) {
			if (!used.contains(hash)) {
				this.prepareInto.delete(hash);
				removed++;
			}
		}
		reporter.note("Pierre SQL: prepared " + used.size() + " statement(s) on PostgreSQL at " + this.target.version()
				+ " into " + this.prepareInto.folder() + ((removed > 0) ? ", removed " + removed + " unused file(s)" : ""));
	}

	@Override
	public void close() {
		this.database.close();
	}

}
