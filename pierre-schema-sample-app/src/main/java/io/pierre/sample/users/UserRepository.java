package io.pierre.sample.users;

import java.util.List;
import java.util.Optional;

import io.pierre.schema.sql.PierreSql;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The {@code users} table through JdbcTemplate, which waits for the Pierre schema on startup.
 */
@Repository
class UserRepository {

	private static final String COLUMNS = "id, email, display_name, tier, user_status, role, created_at";

	// The statements: javac prepares them on both databases (@PierreSql), and the tests check these
	// very strings there too.
	@PierreSql
	static final String INSERT = "INSERT INTO users (id, email, display_name, password_hash, tier, user_status, role, "
			+ "created_at, last_active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

	@PierreSql
	static final String EXISTS_BY_EMAIL = "SELECT EXISTS (SELECT 1 FROM users WHERE email = ?)";

	@PierreSql
	static final String FIND_ALL = "SELECT " + COLUMNS + " FROM users ORDER BY created_at, id";

	@PierreSql
	static final String FIND_BY_ID = "SELECT " + COLUMNS + " FROM users WHERE id = ?";

	static final List<String> STATEMENTS = List.of(INSERT, EXISTS_BY_EMAIL, FIND_ALL, FIND_BY_ID);

	private static final RowMapper<User> USER = (rs, row) -> new User(rs.getString("id"), rs.getString("email"),
			rs.getString("display_name"), rs.getString("tier"), rs.getString("user_status"), rs.getString("role"),
			rs.getString("created_at"));

	private final JdbcTemplate jdbc;

	UserRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(User user, String passwordHash) {
		this.jdbc.update(INSERT, user.id(), user.email(), user.displayName(), passwordHash, user.tier(),
				user.status(), user.role(), user.createdAt(), user.createdAt());
	}

	boolean existsByEmail(String email) {
		return Boolean.TRUE.equals(
				this.jdbc.queryForObject(EXISTS_BY_EMAIL, Boolean.class, email));
	}

	List<User> findAll() {
		return this.jdbc.query(FIND_ALL, USER);
	}

	Optional<User> findById(String id) {
		return this.jdbc.query(FIND_BY_ID, USER, id).stream().findFirst();
	}

}
