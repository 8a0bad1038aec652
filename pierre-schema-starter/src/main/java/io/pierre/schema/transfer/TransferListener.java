package io.pierre.schema.transfer;

/**
 * Hears how a transfer goes, batch by batch.
 */
@FunctionalInterface
public interface TransferListener {

	/** A listener that hears nothing. */
	TransferListener NONE = (table, copied, total) -> {
	};

	/**
	 * A batch of a table was copied.
	 * @param table the table
	 * @param copied the rows copied so far
	 * @param total the rows to copy
	 */
	void copied(String table, long copied, long total);

}
