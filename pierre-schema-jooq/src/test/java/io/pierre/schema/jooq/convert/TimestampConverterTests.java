package io.pierre.schema.jooq.convert;

import java.time.Instant;

import org.jooq.exception.DataTypeException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TimestampConverterTests {

	private final TimestampConverter converter = new TimestampConverter();

	@Test
	void readsBothFormsThatTheSchemaHoldsAsTheSameInstant() {
		Instant expected = Instant.parse("2025-01-20T10:00:00Z");
		assertThat(this.converter.from("2025-01-20T10:00:00Z")).isEqualTo(expected);
		assertThat(this.converter.from("2025-01-20 10:00:00")).isEqualTo(expected);
		assertThat(this.converter.from("2025-01-20T12:00:00+02:00")).isEqualTo(expected);
		assertThat(this.converter.from("2025-01-20T10:00:00.250+00:00")).isEqualTo(expected.plusMillis(250));
		assertThat(this.converter.from(null)).isNull();
	}

	@Test
	void writesRfc3339AtUtc() {
		assertThat(this.converter.to(Instant.parse("2025-01-20T10:00:00Z"))).isEqualTo("2025-01-20T10:00:00Z");
		assertThat(this.converter.to(Instant.parse("2025-01-20T10:00:00.123Z"))).isEqualTo("2025-01-20T10:00:00.123Z");
		assertThat(this.converter.to(null)).isNull();
	}

	@Test
	void textThatIsNoTimestampIsAnErrorNamingIt() {
		assertThatExceptionOfType(DataTypeException.class).isThrownBy(() -> this.converter.from("yesterday"))
			.withMessageContaining("'yesterday' is not an ISO-8601 timestamp");
	}

}
