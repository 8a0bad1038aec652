package io.pierre.schema.migration;

/**
 * What the starter does with the schema on startup.
 */
public enum MigrationMode {

	/** Apply whatever is pending up to the target. */
	MIGRATE,

	/** Change nothing; fail startup when anything is pending, failed or modified. */
	VALIDATE,

	/** Do nothing on startup. */
	NONE

}
