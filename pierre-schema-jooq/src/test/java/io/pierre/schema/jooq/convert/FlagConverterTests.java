package io.pierre.schema.jooq.convert;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import static io.pierre.schema.jooq.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

class FlagConverterTests {

	private final FlagConverter converter = new FlagConverter();

	@Test
	void readsZeroAsFalseAndAnyOtherValueAsTrue() {
		assertThat(this.converter.from(0L)).isFalse();
		assertThat(this.converter.from(1L)).isTrue();
		assertThat(this.converter.from(2L)).isTrue();
		assertThat(this.converter.from(null)).isNull();
	}

	@Test
	void aConditionOnAFlagRendersAnIntegerOnBothDatabases() {
		for (SQLDialect dialect : new SQLDialect[] { SQLDialect.SQLITE, SQLDialect.POSTGRES }) {
			assertThat(DSL.using(dialect).renderInlined(DSL.selectFrom(USERS).where(USERS.IS_ADMIN.eq(true))))
				.as(dialect.getName())
				.matches(".* where \"?users\"?\\.\"?is_admin\"? = 1");
		}
	}

}
