package io.pierre.sample.users;

/**
 * A request to create an API key.
 *
 * @param name the name, required
 * @param description the description, optional
 * @param tier the tier, {@code trial} unless given
 * @param expiresInDays how many days the key lives, or {@code null} for no expiry
 */
public record NewApiKey(String name, String description, String tier, Integer expiresInDays) {
}
