package io.pierre.schema.sql;

import java.util.List;

/**
 * What a prepare run recorded of one statement on PostgreSQL, committed with the service so that
 * offline compilations know the verdict without a server.
 *
 * @param hash the SHA-256 of the statement's text, which names the file
 * @param statement the statement's text, for the reader of a review
 * @param schemaVersion the Pierre schema version it was prepared at
 * @param serviceMigrations the fingerprint of the service's own migrations then, empty if none
 * @param error PostgreSQL's error, or {@code null} if it prepared
 * @param parameters the number of its parameters
 * @param columns the columns of its result
 */
record StatementMetadata(String hash, String statement, String schemaVersion, String serviceMigrations, String error,
		int parameters, List<ResultColumn> columns) {

	static StatementMetadata of(SqlStatement statement, SchemaTarget target, StatementVerdict verdict) {
		return new StatementMetadata(statement.hash(), statement.text(), target.version().text(),
				target.serviceMigrations().fingerprint(), verdict.error(), verdict.parameters(), verdict.columns());
	}

	StatementVerdict verdict() {
		return new StatementVerdict(this.error, this.parameters, (this.columns != null) ? this.columns : List.of());
	}

	/**
	 * Whether this was prepared at the target, with the same service migrations.
	 * @param target the target
	 * @return whether it is current
	 */
	boolean isAt(SchemaTarget target) {
		return target.version().text().equals(this.schemaVersion)
				&& target.serviceMigrations().fingerprint().equals((this.serviceMigrations != null) ? this.serviceMigrations : "");
	}

	String describeVersion() {
		return SchemaTarget.describe(this.schemaVersion, this.serviceMigrations);
	}

}
