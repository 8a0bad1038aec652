package io.pierre.sample.users;

import java.util.List;

import io.pierre.schema.sql.PierreSql;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The {@code api_keys} table through JdbcTemplate.
 */
@Repository
class ApiKeyRepository {

	private static final RowMapper<ApiKey> API_KEY = (rs, row) -> new ApiKey(rs.getString("id"),
			rs.getString("user_id"), rs.getString("name"), rs.getString("description"), rs.getString("key_prefix"),
			rs.getString("tier"), rs.getLong("is_active") == 1, rs.getString("created_at"), rs.getString("expires_at"));

	// The statements: javac prepares them on both databases (@PierreSql), and the tests check these
	// very strings there too.
	@PierreSql
	static final String INSERT = "INSERT INTO api_keys (id, user_id, name, description, key_prefix, key_hash, tier, "
			+ "is_active, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	@PierreSql
	static final String FIND_BY_USER = "SELECT id, user_id, name, description, key_prefix, tier, is_active, created_at, "
			+ "expires_at FROM api_keys WHERE user_id = ? ORDER BY created_at, id";

	static final List<String> STATEMENTS = List.of(INSERT, FIND_BY_USER);

	private final JdbcTemplate jdbc;

	ApiKeyRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ApiKey apiKey, String keyHash) {
		this.jdbc.update(INSERT, apiKey.id(), apiKey.userId(), apiKey.name(), apiKey.description(),
				apiKey.keyPrefix(), keyHash, apiKey.tier(), apiKey.active() ? 1 : 0, apiKey.createdAt(),
				apiKey.expiresAt());
	}

	List<ApiKey> findByUser(String userId) {
		return this.jdbc.query(FIND_BY_USER, API_KEY, userId);
	}

}
