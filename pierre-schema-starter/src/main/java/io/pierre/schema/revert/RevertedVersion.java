package io.pierre.schema.revert;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version reverted.
 *
 * @param version the version
 * @param description its description
 * @param discarded what its down script discarded, because the revert was told to
 * @param duration how long it took
 */
public record RevertedVersion(String version, String description, List<DataLoss> discarded, Duration duration) {

	/**
	 * Data changes of versions that no down script can undo, by version.
	 */
	private static final Map<String, String> NOT_UNDONE = Map.of("20260206000001",
			"the OAuth2 refresh tokens that version 20260206000001 revoked stay revoked (nothing records which "
					+ "were live before it); their clients sign in again");

	public RevertedVersion {
		discarded = List.copyOf(discarded);
	}

	/**
	 * What reverting this version does not undo.
	 * @return the data change that stays, empty when the down script undoes everything
	 */
	public Optional<String> notUndone() {
		return Optional.ofNullable(NOT_UNDONE.get(this.version));
	}

}
