package io.pierre.sample.users;

/**
 * A user as the API shows it: no password hash.
 *
 * @param id the id, a UUID that the application generated
 * @param email the e-mail address
 * @param displayName the name to show, or {@code null}
 * @param tier the tier: starter, professional or enterprise
 * @param status the status: pending, active or suspended
 * @param role the role: user, admin or super_admin
 * @param createdAt when the user was created, ISO-8601 UTC
 */
public record User(String id, String email, String displayName, String tier, String status, String role,
		String createdAt) {
}
