package io.pierre.sample.users;

/**
 * A new API key with the key itself, which is shown this once: only its hash is stored.
 *
 * @param apiKey the stored key
 * @param key the key
 */
public record CreatedApiKey(ApiKey apiKey, String key) {
}
