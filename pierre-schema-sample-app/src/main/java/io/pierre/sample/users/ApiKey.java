package io.pierre.sample.users;

/**
 * An API key as the API shows it: its prefix, never the key or its hash.
 *
 * @param id the id
 * @param userId the owner's id
 * @param name the name
 * @param description the description, or {@code null}
 * @param keyPrefix the key's first characters, to recognize it
 * @param tier the tier: trial, starter, professional or enterprise
 * @param active whether it may be used
 * @param createdAt when it was created, ISO-8601 UTC
 * @param expiresAt when it expires, ISO-8601 UTC, or {@code null}
 */
public record ApiKey(String id, String userId, String name, String description, String keyPrefix, String tier,
		boolean active, String createdAt, String expiresAt) {
}
