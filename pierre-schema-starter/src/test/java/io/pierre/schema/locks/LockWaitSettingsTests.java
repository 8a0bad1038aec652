package io.pierre.schema.locks;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pauses between attempts grow, stay within their bound and are jittered; the transaction's
 * settings are for that transaction only.
 */
class LockWaitSettingsTests {

	private final LockWaitSettings settings = new LockWaitSettings(Duration.ofMillis(500), 15, Duration.ofSeconds(1),
			Duration.ZERO);

	@Test
	void eachPauseIsBetweenHalfAndAllOfADoublingFromTheFirstUpToTheMaximum() {
		SplittableRandom random = new SplittableRandom(7);
		for (int retry = 1; retry <= 15; retry++) {
			long full = Math.min(1000L << (retry - 1), LockWaitSettings.MAXIMUM_PAUSE.toMillis());
			for (int sample = 0; sample < 50; sample++) {
				assertThat(this.settings.pauseBefore(retry, random).toMillis()).as("retry %d", retry)
					.isBetween(full / 2, full);
			}
		}
	}

	@Test
	void pausesOfOneRetryDiffer() {
		SplittableRandom random = new SplittableRandom(11);
		assertThat(IntStream.range(0, 20).mapToObj((i) -> this.settings.pauseBefore(3, random)).distinct().count())
			.isGreaterThan(10);
	}

	@Test
	void theTransactionGetsItsTimeoutsAndNameForItselfOnly() {
		assertThat(new LockWaitSettings(Duration.ofMillis(250), 3, Duration.ZERO, Duration.ofMinutes(2))
			.transactionSettings()).containsExactly("SET LOCAL lock_timeout = '250ms'",
					"SET LOCAL statement_timeout = '120000ms'",
					"SET LOCAL application_name = 'Pierre schema migration'");
	}

	@Test
	void aBlockersQueryIsShownWithoutItsValuesAndShortened() {
		assertThat(BlockingSession.withoutValues("SELECT *\n  FROM users WHERE email = 'a''b@x.org' AND id > 42"))
			.isEqualTo("SELECT * FROM users WHERE email = ? AND id > ?");
		assertThat(BlockingSession.withoutValues("SELECT " + "x, ".repeat(60) + "y FROM users"))
			.hasSize(BlockingSession.QUERY_LENGTH + 3)
			.endsWith("...");
	}

}
