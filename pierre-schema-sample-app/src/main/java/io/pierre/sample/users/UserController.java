package io.pierre.sample.users;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users and their API keys over HTTP.
 */
@RestController
@RequestMapping("/api/users")
class UserController {

	private final UserService users;

	UserController(UserService users) {
		this.users = users;
	}

	@PostMapping
	ResponseEntity<User> create(@RequestBody NewUser request) {
		User user = this.users.create(request);
		return ResponseEntity.created(URI.create("/api/users/" + user.id())).body(user);
	}

	@GetMapping
	List<User> list() {
		return this.users.findAll();
	}

	@GetMapping("/{id}")
	User get(@PathVariable String id) {
		return this.users.get(id);
	}

	@PostMapping("/{id}/api-keys")
	ResponseEntity<CreatedApiKey> createApiKey(@PathVariable String id, @RequestBody NewApiKey request) {
		CreatedApiKey created = this.users.createApiKey(id, request);
		return ResponseEntity.created(URI.create("/api/users/" + id + "/api-keys")).body(created);
	}

	@GetMapping("/{id}/api-keys")
	List<ApiKey> apiKeys(@PathVariable String id) {
		return this.users.apiKeys(id);
	}

	@GetMapping("/{id}/api-keys/usable")
	List<ApiKey> usableApiKeys(@PathVariable String id) {
		return this.users.usableApiKeys(id);
	}

}
