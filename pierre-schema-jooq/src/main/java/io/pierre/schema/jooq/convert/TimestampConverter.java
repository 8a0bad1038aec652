package io.pierre.schema.jooq.convert;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

import org.jooq.exception.DataTypeException;
import org.jooq.impl.AbstractConverter;

/**
 * The schema's ISO-8601 text timestamps as {@link Instant}. Both forms that the schema holds read:
 * RFC 3339 ({@code 2025-01-20T10:00:00Z}, any offset, as the Pierre server writes) and SQLite's
 * {@code datetime('now')} form ({@code 2025-01-20 10:00:00}, UTC, as the column defaults write);
 * an instant is written in RFC 3339 at UTC ({@code 2025-01-20T10:00:00Z}, with the fraction of a
 * second where it has one).
 */
public final class TimestampConverter extends AbstractConverter<String, Instant> {

	private static final long serialVersionUID = 1L;

	private static final DateTimeFormatter STORED = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.append(DateTimeFormatter.ISO_LOCAL_DATE)
		.optionalStart()
		.appendLiteral('T')
		.optionalEnd()
		.optionalStart()
		.appendLiteral(' ')
		.optionalEnd()
		.append(DateTimeFormatter.ISO_LOCAL_TIME)
		.optionalStart()
		.appendOffset("+HH:MM", "Z")
		.optionalEnd()
		.toFormatter();

	public TimestampConverter() {
		super(String.class, Instant.class);
	}

	@Override
	public Instant from(String stored) {
		if (stored == null) {
			return null;
		}
		try {
			TemporalAccessor parsed = STORED.parseBest(stored, OffsetDateTime::from, LocalDateTime::from);
			if (parsed instanceof OffsetDateTime withOffset) {
				return withOffset.toInstant();
			}
			return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw new DataTypeException("'" + stored + "' is not an ISO-8601 timestamp "
					+ "(2025-01-20T10:00:00Z or 2025-01-20 10:00:00)", ex);
		}
	}

	@Override
	public String to(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ISO_INSTANT.format(instant) : null;
	}

}
