package io.pierre.schema.revert;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A revert refused because it would discard data that the older version cannot hold; nothing
 * was changed.
 */
public class DataLossException extends RevertException {

	/** The property that lets a revert discard data. */
	public static final String DISCARD_PROPERTY = "pierre.database.revert.discard-data";

	private final List<DataLoss> losses;

	public DataLossException(List<DataLoss> losses) {
		super("Reverting would discard data that the older version cannot hold: " + losses.stream()
			.map(DataLoss::describe)
			.collect(Collectors.joining(", ")) + ". Nothing was changed. Copy what you need elsewhere, or set "
				+ DISCARD_PROPERTY + "=true (--discard-data on the command line) to discard it.");
		this.losses = List.copyOf(losses);
	}

	/**
	 * What would be discarded.
	 * @return the losses, one per table or column
	 */
	public List<DataLoss> getLosses() {
		return this.losses;
	}

}
