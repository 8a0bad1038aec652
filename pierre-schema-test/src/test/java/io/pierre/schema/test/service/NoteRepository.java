package io.pierre.schema.test.service;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The fixture service's repository: its statements run on the service's own table and on the
 * Pierre schema's {@code users}, which that table references.
 */
@Repository
public class NoteRepository {

	private final JdbcTemplate jdbc;

	public NoteRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void addUser(String id, String email) {
		this.jdbc.update("INSERT INTO users (id, email, password_hash, created_at, last_active) VALUES (?, ?, ?, ?, ?)",
				id, email, "hash", "2025-01-01T00:00:00Z", "2025-01-01T00:00:00Z");
	}

	void add(String id, String userId, String body, boolean pinned) {
		this.jdbc.update("INSERT INTO app_notes (id, user_id, body, pinned, created_at) VALUES (?, ?, ?, ?, ?)", id,
				userId, body, pinned ? 1 : 0, "2025-01-01T00:00:00Z");
	}

	List<String> pinnedBodiesOf(String email) {
		return this.jdbc.queryForList("SELECT n.body FROM app_notes n JOIN users u ON u.id = n.user_id "
				+ "WHERE u.email = ? AND n.pinned = ? ORDER BY n.id", String.class, email, 1);
	}

	void deleteUser(String id) {
		this.jdbc.update("DELETE FROM users WHERE id = ?", id);
	}

	int count() {
		return this.jdbc.queryForObject("SELECT count(*) FROM app_notes", Integer.class);
	}

}
