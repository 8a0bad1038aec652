package io.pierre.schema.revert;

import java.time.Duration;
import java.util.List;

/**
 * One version reverted.
 *
 * @param version the version
 * @param description its description
 * @param discarded what its down script discarded, because the revert was told to
 * @param duration how long it took
 */
public record RevertedVersion(String version, String description, List<DataLoss> discarded, Duration duration) {

	public RevertedVersion {
		discarded = List.copyOf(discarded);
	}

}
