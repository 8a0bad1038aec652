package io.pierre.schema.sql;

import java.util.HashSet;
import java.util.Set;

import io.pierre.schema.catalog.MigrationCatalog;

/**
 * The checks of one compilation: its PostgreSQL check, its SQLite database, made when the first
 * statement is met, and the hashes of the statements met, which the end of the compilation needs
 * to find unused metadata.
 */
final class CompilationChecks implements AutoCloseable {

	private final SchemaTarget target;

	private final PostgresCheck postgres;

	private final SqliteCheckDatabases sqliteDatabases;

	private final Set<String> used = new HashSet<>();

	private CheckDatabase sqlite;

	private CompilationChecks(SchemaTarget target, PostgresCheck postgres, SqliteCheckDatabases sqliteDatabases) {
		this.target = target;
		this.postgres = postgres;
		this.sqliteDatabases = sqliteDatabases;
	}

	/**
	 * Makes the databases that the options call for.
	 * @param options the processor's options
	 * @param ownMigrations the service's own migrations
	 * @param classLoader the class loader that holds the starter and this module
	 * @return the checks, which the caller closes
	 */
	static CompilationChecks open(SqlCheckOptions options, OwnMigrations ownMigrations, ClassLoader classLoader) {
		SchemaTarget target = SchemaTarget.of(MigrationCatalog.load(classLoader), options.target(), ownMigrations);
		MetadataFolder metadata = (options.metadata() != null) ? new MetadataFolder(options.metadata()) : null;
		PostgresCheck postgres = options.postgres()
			.<PostgresCheck>map((server) -> new OnlinePostgresCheck(
					PostgresCheckDatabases.open(server, options.databasePrefix(), target), target,
					(options.mode() == CheckMode.PREPARE) ? metadata : null))
			.orElseGet(() -> new OfflinePostgresCheck(metadata, target, options.mode() == CheckMode.CHECK));
		return new CompilationChecks(target, postgres, new SqliteCheckDatabases(SqliteTemplate.in(classLoader)));
	}

	void check(SqlStatement statement, Reporter reporter) {
		this.used.add(statement.hash());
		if (this.sqlite == null) {
			this.sqlite = this.sqliteDatabases.create(this.target);
		}
		StatementVerdict verdict = this.sqlite.prepare(statement);
		if (!verdict.prepared()) {
			reporter.error(statement.element(),
					"SQL does not prepare on SQLite: " + verdict.error());
		}
		this.postgres.check(statement, reporter);
	}

	void finish(Reporter reporter) {
		this.postgres.finish(this.used, reporter);
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		finally {
			if (this.sqlite != null) {
				this.sqlite.close();
			}
		}
	}

}
