package io.pierre.sample.users;

/**
 * A request to create a user.
 *
 * @param email the e-mail address, required
 * @param displayName the name to show, optional
 * @param password the password, at least 8 characters
 * @param tier the tier, {@code starter} unless given
 */
public record NewUser(String email, String displayName, String password, String tier) {
}
