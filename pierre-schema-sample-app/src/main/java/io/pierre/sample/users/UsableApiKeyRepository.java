package io.pierre.sample.users;

import java.time.Instant;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record;

import org.springframework.stereotype.Repository;

import static io.pierre.schema.jooq.Tables.API_KEYS;

/**
 * The API keys that still work, through jOOQ's generated classes: a mistyped column does not
 * compile, and the flag and the timestamp are compared as each database stores them.
 */
@Repository
class UsableApiKeyRepository {

	private final DSLContext dsl;

	UsableApiKeyRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<ApiKey> findUsable(String userId, Instant now) {
		return this.dsl.select(API_KEYS.ID, API_KEYS.USER_ID, API_KEYS.NAME, API_KEYS.DESCRIPTION, API_KEYS.KEY_PREFIX,
				API_KEYS.TIER, API_KEYS.IS_ACTIVE, API_KEYS.CREATED_AT, API_KEYS.EXPIRES_AT)
			.from(API_KEYS)
			.where(API_KEYS.USER_ID.eq(userId))
			.and(API_KEYS.IS_ACTIVE.eq(true))
			.and(API_KEYS.EXPIRES_AT.isNull().or(API_KEYS.EXPIRES_AT.gt(now)))
			.orderBy(API_KEYS.CREATED_AT, API_KEYS.ID)
			.fetch(UsableApiKeyRepository::apiKey);
	}

	private static ApiKey apiKey(Record row) {
		Instant expires = row.get(API_KEYS.EXPIRES_AT);
		return new ApiKey(row.get(API_KEYS.ID), row.get(API_KEYS.USER_ID), row.get(API_KEYS.NAME),
				row.get(API_KEYS.DESCRIPTION), row.get(API_KEYS.KEY_PREFIX), row.get(API_KEYS.TIER),
				row.get(API_KEYS.IS_ACTIVE), row.get(API_KEYS.CREATED_AT).toString(),
				(expires != null) ? expires.toString() : null);
	}

}
