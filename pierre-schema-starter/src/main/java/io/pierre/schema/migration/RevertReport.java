package io.pierre.schema.migration;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.history.SchemaStatus;
import io.pierre.schema.revert.RevertedVersion;

/**
 * What a revert did.
 *
 * @param status the schema's state afterwards: the reverted versions are pending again
 * @param reverted the versions reverted, newest first
 * @param duration how long it took, the state checks included
 * @param backup the copy of the SQLite file made before reverting, or {@code null} for none
 */
public record RevertReport(SchemaStatus status, List<RevertedVersion> reverted, Duration duration, Path backup) {

	public RevertReport {
		reverted = List.copyOf(reverted);
	}

	/**
	 * The copy of the database made before reverting.
	 * @return the backup's path, empty when none was made
	 */
	public Optional<Path> backupFile() {
		return Optional.ofNullable(this.backup);
	}

	/**
	 * One line for the log.
	 * @return the summary, such as {@code Pierre schema: reverted 20250120000021, now at 20250120000020}
	 */
	public String summary() {
		String version = this.status.currentVersion().map(SchemaVersion::toString).orElse("no version");
		if (this.reverted.isEmpty()) {
			return "Pierre schema: nothing to revert, at " + version;
		}
		String notUndone = this.reverted.stream()
			.map(RevertedVersion::notUndone)
			.flatMap(Optional::stream)
			.map((change) -> "; " + change)
			.collect(Collectors.joining());
		return "Pierre schema: reverted " + this.reverted.stream()
			.map(RevertedVersion::version)
			.collect(Collectors.joining(", ")) + " in " + this.duration.toMillis() + " ms, now at " + version
				+ ((this.backup != null) ? "; the database as it was before is backed up at " + this.backup : "")
				+ notUndone;
	}

}
