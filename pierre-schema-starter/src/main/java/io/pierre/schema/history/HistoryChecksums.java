package io.pierre.schema.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import io.pierre.schema.catalog.CatalogEntry;

/**
 * Gives the history rows that record an earlier text of a script
 * ({@link CatalogEntry#earlierChecksums()}) the script's current checksum. Flyway knows only the
 * current text and would refuse to migrate past such a row; the schema and rows it left are the
 * same, so the history is brought up to date instead.
 */
public final class HistoryChecksums {

	private final HistoryTable historyTable;

	public HistoryChecksums(HistoryTable historyTable) {
		this.historyTable = historyTable;
	}

	/**
	 * Records the current checksum where an earlier one is recorded.
	 * @param connection a connection to the database, which has a history table
	 * @param entries the migrations that the database runs
	 * @return how many rows were changed
	 * @throws SQLException if the history cannot be updated
	 */
	public int realign(Connection connection, List<CatalogEntry> entries) throws SQLException {
		String sql = "UPDATE " + this.historyTable.qualifiedName() + " SET checksum = ? WHERE version = ? AND checksum = ?";
		int changed = 0;
		try (PreparedStatement update = connection.prepareStatement(sql)) {
			for (CatalogEntry entry : entries) {
				for (Integer earlier : entry.earlierChecksums()) {
					update.setInt(1, entry.checksum());
					update.setString(2, entry.version().text());
					update.setInt(3, earlier);
					changed += update.executeUpdate();
				}
			}
		}
		return changed;
	}

}
