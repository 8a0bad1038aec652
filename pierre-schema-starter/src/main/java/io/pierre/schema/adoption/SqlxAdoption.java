package io.pierre.schema.adoption;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.pierre.schema.catalog.CatalogEntry;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.history.SqlxHistoryReader;
import io.pierre.schema.history.SqlxMigration;
import io.pierre.schema.inspect.SchemaDifference;
import io.pierre.schema.inspect.SchemaVerifier;

/**
 * Decides whether a database that the Pierre server's own sqlx migrations created can be taken
 * over: its successfully applied versions must be exactly the first N of the starter's, and its
 * live schema must equal version N's. The answer is the version to record as the baseline. The
 * checksums are not compared: the Pierre server edited released files (version 9's comments, in
 * 2026-01-23) without changing what they make, and the schema comparison is what tells. A database
 * made by version 40's first text, whose insight_type check is narrower, is refused with the fix.
 */
public final class SqlxAdoption {

	/** The version whose first text made a narrower check than its current one. */
	private static final String SOCIAL_VERSION = "20250120000040";

	private final SchemaVerifier verifier;

	private final String schema;

	public SqlxAdoption(SchemaVerifier verifier, String schema) {
		this.verifier = verifier;
		this.schema = schema;
	}

	/**
	 * Whether the database holds a sqlx history with at least one row.
	 * @param connection the database
	 * @return whether there is a history to adopt or refuse
	 * @throws SQLException if the database cannot be read
	 */
	public boolean isPresent(Connection connection) throws SQLException {
		return new SqlxHistoryReader(this.schema).read(connection).filter((rows) -> !rows.isEmpty()).isPresent();
	}

	/**
	 * Checks the database for a sqlx history to adopt.
	 * @param connection the database, which has no Pierre history table
	 * @param catalog the embedded migrations, oldest first
	 * @return the version to baseline at, empty when there is no sqlx history
	 * @throws SqlxAdoptionRefusedException if the history or the schema is not one to adopt
	 * @throws SQLException if the database cannot be read
	 */
	public Optional<SchemaVersion> baselineVersion(Connection connection, List<CatalogEntry> catalog)
			throws SQLException {
		Optional<List<SqlxMigration>> history = new SqlxHistoryReader(this.schema).read(connection);
		if (history.isEmpty() || history.get().isEmpty()) {
			return Optional.empty();
		}
		List<SqlxMigration> rows = history.get();
		List<String> problems = historyProblems(rows, catalog);
		if (!problems.isEmpty()) {
			throw new SqlxAdoptionRefusedException(
					"The sqlx history (" + SqlxHistoryReader.TABLE + ") is not a prefix of the Pierre schema's versions",
					problems);
		}
		SchemaVersion last = catalog.get(rows.size() - 1).version();
		List<SchemaDifference> differences = this.verifier.differences(connection, last.text());
		if (differences.stream().anyMatch(SqlxAdoption::isFirstTextOfVersion40)) {
			throw new SqlxAdoptionRefusedException("The schema differs from version " + last
					+ ", where the sqlx history says it is: shared_insights was made by the first text of version "
					+ SOCIAL_VERSION + ", which the Pierre server changed after its release",
					List.of("shared_insights: the check on insight_type lacks 'coaching_insight' (databases made "
							+ "until 2026-01-30 have it so); the starter does not widen it by itself, since that "
							+ "rebuilds the table",
							"fix: rebuild shared_insights with the check of the current version " + SOCIAL_VERSION
									+ " by SQLite's 12-step procedure (foreign keys off; create new_shared_insights "
									+ "with the wider check, copy every row, drop shared_insights, rename "
									+ "new_shared_insights, recreate its indexes; PRAGMA foreign_key_check), so that "
									+ "insight_reactions and adapted_insights keep their rows; then start again"));
		}
		if (!differences.isEmpty()) {
			throw new SqlxAdoptionRefusedException("The schema differs from version " + last
					+ ", where the sqlx history says it is",
					differences.stream().map(SchemaDifference::toString).toList());
		}
		return Optional.of(last);
	}

	/** The narrower check of version 40's first text: the only such edit the starter knows. */
	private static boolean isFirstTextOfVersion40(SchemaDifference difference) {
		return difference.table().equals("shared_insights") && difference.element().equals("check on insight_type")
				&& !difference.found().equals(SchemaDifference.NONE) && !difference.found().contains("coaching_insight");
	}

	private static List<String> historyProblems(List<SqlxMigration> rows, List<CatalogEntry> catalog) {
		List<String> problems = new ArrayList<>();
		Set<Long> known = catalog.stream().map((entry) -> Long.parseLong(entry.version().text())).collect(Collectors.toSet());
		for (SqlxMigration row : rows) {
			if (!known.contains(row.version())) {
				problems.add("version " + row.version() + " (" + row.description() + ") is not a Pierre schema version");
			}
			else if (!row.success()) {
				problems.add("version " + row.version() + " (" + row.description() + ") is recorded as failed");
			}
		}
		for (int i = 0; i < catalog.size(); i++) {
			long expected = Long.parseLong(catalog.get(i).version().text());
			boolean applied = rows.stream().anyMatch((row) -> row.version() == expected);
			boolean laterApplied = rows.stream().anyMatch((row) -> row.version() > expected && known.contains(row.version()));
			if (!applied && laterApplied) {
				problems.add("version " + expected + " (" + catalog.get(i).description()
						+ ") is missing while later ones are applied");
			}
		}
		return problems;
	}

}
