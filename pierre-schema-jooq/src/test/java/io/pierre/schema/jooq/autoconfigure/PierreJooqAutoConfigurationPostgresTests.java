package io.pierre.schema.jooq.autoconfigure;

import java.time.Instant;

import io.pierre.schema.autoconfigure.PierreDataSourceAutoConfiguration;
import io.pierre.schema.autoconfigure.PierreSchemaAutoConfiguration;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.test.MigratedDatabase;
import io.pierre.schema.test.PierreDatabase;
import io.pierre.schema.test.PierreDatabaseExtension;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

import static io.pierre.schema.jooq.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PierreJooqAutoConfiguration} on PostgreSQL: the dialect, and the schema that
 * statements name.
 */
@ExtendWith(PierreDatabaseExtension.class)
class PierreJooqAutoConfigurationPostgresTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, TransactionAutoConfiguration.class,
				PierreDataSourceAutoConfiguration.class, PierreSchemaAutoConfiguration.class,
				JooqAutoConfiguration.class, PierreJooqAutoConfiguration.class));

	@Test
	void withoutAConfiguredSchemaStatementsNameNone(@PierreDatabase(DatabaseKind.POSTGRESQL) MigratedDatabase database) {
		this.runner.withPropertyValues("pierre.database.url=" + database.jdbcUrl(),
				"pierre.database.username=" + database.username(), "pierre.database.password=" + database.password())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				DSLContext dsl = context.getBean(DSLContext.class);
				assertThat(dsl.dialect()).isEqualTo(SQLDialect.POSTGRES);
				assertThat(dsl.render(dsl.selectFrom(USERS))).endsWith(" from \"users\"");
			});
	}

	@Test
	void theConfiguredSchemaIsTheOneThatStatementsNameAndChange(
			@PierreDatabase(DatabaseKind.POSTGRESQL) MigratedDatabase database) {
		this.runner.withPropertyValues("pierre.database.url=" + database.jdbcUrl(),
				"pierre.database.username=" + database.username(), "pierre.database.password=" + database.password(),
				"pierre.database.schema=pierre_jooq")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				DSLContext application = context.getBean(DSLContext.class);
				DSLContext pierre = context.getBean("pierreDslContext", DSLContext.class);
				for (DSLContext dsl : new DSLContext[] { application, pierre }) {
					assertThat(dsl.dialect()).isEqualTo(SQLDialect.POSTGRES);
					assertThat(dsl.render(dsl.selectFrom(USERS))).endsWith(" from \"pierre_jooq\".\"users\"");
				}
				insertAdmin(application, "u1");
				insertAdmin(pierre, "u2");
				assertThat(pierre.fetchCount(USERS, USERS.IS_ADMIN.eq(true))).isEqualTo(2);
				// The connection's own schema, migrated too, is left alone.
				assertThat(DSL.using(database.dataSource(), SQLDialect.POSTGRES).fetchCount(USERS)).isZero();
			});
	}

	private static void insertAdmin(DSLContext dsl, String id) {
		Instant now = Instant.parse("2025-01-20T10:00:00Z");
		dsl.insertInto(USERS)
			.set(USERS.ID, id)
			.set(USERS.EMAIL, id + "@example.com")
			.set(USERS.PASSWORD_HASH, "hash")
			.set(USERS.IS_ADMIN, true)
			.set(USERS.CREATED_AT, now)
			.set(USERS.LAST_ACTIVE, now)
			.execute();
	}

}
