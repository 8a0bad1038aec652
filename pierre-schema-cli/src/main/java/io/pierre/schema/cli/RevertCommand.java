package io.pierre.schema.cli;

import java.util.Map;

import io.pierre.schema.autoconfigure.PierreDatabaseProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code revert}: undoes applied versions with their down scripts, the newest only unless told
 * a target version to go back to.
 */
@Command(name = "revert", sortOptions = false,
		description = "Undoes applied versions with their down scripts: the newest applied one, or "
				+ "every one above --target-version. Versions whose undoing drops data need "
				+ "--discard-data.")
final class RevertCommand extends DatabaseCommand {

	@Option(names = "--target-version", paramLabel = "VERSION",
			description = "The version to go back to; the versions above it are undone.")
	String targetVersion;

	@Option(names = "--dry-run",
			description = "Print the down scripts and history deletions that would run, and change nothing.")
	boolean dryRun;

	@Option(names = "--discard-data", description = "Allow undoing versions that drop data "
			+ "(pierre.database.revert.discard-data=true).")
	boolean discardData;

	RevertCommand(CommandContext context) {
		super(context);
	}

	@Override
	void setProperties(Map<String, String> properties) {
		if (this.discardData) {
			setProperty(properties, "pierre.database.revert.discard-data", "true", "--discard-data");
		}
	}

	@Override
	int run(PierreDatabaseProperties properties) {
		return revert(properties, this.targetVersion, this.dryRun);
	}

	/**
	 * Where the revert command meets the starter's revert: {@code PierreSchemaMigrator.revert}
	 * (read-only data source and its down scripts printed for a dry run), which this branch does
	 * not have yet.
	 */
	private int revert(PierreDatabaseProperties properties, String targetVersion, boolean dryRun) {
		throw new UnsupportedOperationException(
				"revert is not available in this build: the starter has no PierreSchemaMigrator.revert yet");
	}

}
