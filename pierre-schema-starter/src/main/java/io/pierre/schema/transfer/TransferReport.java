package io.pierre.schema.transfer;

import java.time.Duration;
import java.util.Map;

/**
 * What a transfer copied.
 *
 * @param rows the rows copied per table, in the order copied
 * @param duration how long it took, the migrations included
 */
public record TransferReport(Map<String, Long> rows, Duration duration) {

	/**
	 * All rows copied.
	 * @return the sum over the tables
	 */
	public long totalRows() {
		return this.rows.values().stream().mapToLong(Long::longValue).sum();
	}

}
