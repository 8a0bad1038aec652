package io.pierre.schema.migration;

import java.util.List;
import java.util.stream.Collectors;

import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.history.SchemaStatus;

/**
 * What a repair of the history table did.
 *
 * @param status the schema's state afterwards
 * @param removed the versions whose failed records were removed: they are pending again
 * @param realigned the versions whose records now carry the embedded scripts' checksums
 */
public record RepairReport(SchemaStatus status, List<SchemaVersion> removed, List<SchemaVersion> realigned) {

	public RepairReport {
		removed = List.copyOf(removed);
		realigned = List.copyOf(realigned);
	}

	/**
	 * Whether the history was changed.
	 * @return whether anything was repaired
	 */
	public boolean repairedAnything() {
		return !this.removed.isEmpty() || !this.realigned.isEmpty();
	}

	/**
	 * One line for the log, such as {@code Pierre schema: repaired the history: removed the
	 * failed record of 20250120000021}.
	 * @return the summary
	 */
	public String summary() {
		String database = "(" + this.status.database().productName() + " " + this.status.databaseVersion() + ")";
		if (!repairedAnything()) {
			return "Pierre schema: nothing to repair " + database;
		}
		StringBuilder summary = new StringBuilder("Pierre schema: repaired the history: ");
		if (!this.removed.isEmpty()) {
			summary.append("removed the failed record").append((this.removed.size() == 1) ? " of " : "s of ")
				.append(join(this.removed));
		}
		if (!this.realigned.isEmpty()) {
			summary.append(this.removed.isEmpty() ? "" : "; ")
				.append("recorded the embedded checksum")
				.append((this.realigned.size() == 1) ? " of " : "s of ")
				.append(join(this.realigned));
		}
		return summary.append(" ").append(database).toString();
	}

	private static String join(List<SchemaVersion> versions) {
		return versions.stream().map(SchemaVersion::toString).collect(Collectors.joining(", "));
	}

}
