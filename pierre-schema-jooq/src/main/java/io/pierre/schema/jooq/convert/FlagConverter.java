package io.pierre.schema.jooq.convert;

import org.jooq.impl.AbstractConverter;

/**
 * The schema's flag columns, 0/1 integers on both databases, as {@link Boolean}: a condition such
 * as {@code USERS.IS_ADMIN.eq(true)} binds 1, which SQLite and PostgreSQL's {@code bigint} both
 * accept (PostgreSQL refuses {@code bigint = true}). Any value other than 0 reads as true, as the
 * Pierre server reads these columns.
 */
public final class FlagConverter extends AbstractConverter<Long, Boolean> {

	private static final long serialVersionUID = 1L;

	public FlagConverter() {
		super(Long.class, Boolean.class);
	}

	@Override
	public Boolean from(Long stored) {
		return (stored != null) ? stored != 0 : null;
	}

	@Override
	public Long to(Boolean flag) {
		if (flag == null) {
			return null;
		}
		return flag ? 1L : 0L;
	}

}
