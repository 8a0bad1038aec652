package io.pierre.sample.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and their API keys. Ids and timestamps come from the application, as the schema's design
 * asks: UUIDs, and ISO-8601 UTC text.
 */
@Service
public class UserService {

	private static final Set<String> USER_TIERS = Set.of("starter", "professional", "enterprise");

	private static final Set<String> KEY_TIERS = Set.of("trial", "starter", "professional", "enterprise");

	private static final int KEY_PREFIX_LENGTH = 16;

	private final UserRepository users;

	private final ApiKeyRepository apiKeys;

	private final UsableApiKeyRepository usableApiKeys;

	private final Clock clock;

	private final Secrets secrets = new Secrets();

	UserService(UserRepository users, ApiKeyRepository apiKeys, UsableApiKeyRepository usableApiKeys,
			Clock clock) {
		this.users = users;
		this.apiKeys = apiKeys;
		this.usableApiKeys = usableApiKeys;
		this.clock = clock;
	}

	/**
	 * Creates a user, pending approval.
	 * @param request the new user
	 * @return the user
	 * @throws InvalidRequestException if a field is missing or wrong
	 */
	@Transactional
	public User create(NewUser request) {
		String email = required("email", request.email()).toLowerCase(Locale.ROOT);
		if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new InvalidRequestException("email '" + email + "' is not an e-mail address");
		}
		String password = required("password", request.password());
		if (password.length() < 8) {
			throw new InvalidRequestException("password must have at least 8 characters");
		}
		String tier = oneOf("tier", (request.tier() != null) ? request.tier() : "starter", USER_TIERS);
		if (this.users.existsByEmail(email)) {
			throw new ConflictException("A user with e-mail address " + email + " exists");
		}
		User user = new User(UUID.randomUUID().toString(), email, request.displayName(), tier, "pending", "user", now());
		this.users.insert(user, this.secrets.hashPassword(password));
		return user;
	}

	public List<User> findAll() {
		return this.users.findAll();
	}

	public User get(String id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("No user " + id));
	}

	/**
	 * Creates an API key for a user.
	 * @param userId the owner
	 * @param request the new key
	 * @return the key, shown this once, with what is stored
	 */
	@Transactional
	public CreatedApiKey createApiKey(String userId, NewApiKey request) {
		get(userId);
		String name = required("name", request.name());
		String tier = oneOf("tier", (request.tier() != null) ? request.tier() : "trial", KEY_TIERS);
		if (request.expiresInDays() != null && request.expiresInDays() < 1) {
			throw new InvalidRequestException("expiresInDays must be at least 1");
		}
		Instant created = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String expires = (request.expiresInDays() != null)
				? created.plus(Duration.ofDays(request.expiresInDays())).toString() : null;
		String key = this.secrets.newApiKey();
		ApiKey apiKey = new ApiKey(UUID.randomUUID().toString(), userId, name, request.description(),
				key.substring(0, KEY_PREFIX_LENGTH), tier, true, created.toString(), expires);
		this.apiKeys.insert(apiKey, this.secrets.sha256(key));
		return new CreatedApiKey(apiKey, key);
	}

	public List<ApiKey> apiKeys(String userId) {
		get(userId);
		return this.apiKeys.findByUser(userId);
	}

	/**
	 * A user's API keys that are active and not expired.
	 * @param userId the owner
	 * @return the keys
	 */
	public List<ApiKey> usableApiKeys(String userId) {
		get(userId);
		return this.usableApiKeys.findUsable(userId, this.clock.instant());
	}

	private String now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
	}

	private static String required(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidRequestException(field + " is required");
		}
		return value.trim();
	}

	private static String oneOf(String field, String value, Set<String> allowed) {
		if (!allowed.contains(value)) {
			throw new InvalidRequestException(field + " '" + value + "' is not one of " + allowed.stream().sorted().toList());
		}
		return value;
	}

}
