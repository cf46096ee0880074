package io.onboarding.orchestrator.user;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.onboarding.orchestrator.api.Envelope;
import io.onboarding.orchestrator.client.ClientDirectory;

/** End users: one with the clients it acts for, and the users of a client. */
@RestController
class UserController {

	private final UserService users;

	private final ClientDirectory clients;

	UserController(UserService users, ClientDirectory clients) {
		this.users = users;
		this.clients = clients;
	}

	@GetMapping("/users/{id}")
	Envelope user(@PathVariable UUID id) {
		UserService.UserWithClients user = users.user(id);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("user", user.user());
		data.put("userClientRelations", user.clientRelations());
		return new Envelope(Map.of(), data, Map.of(), Map.of());
	}

	@GetMapping("/clients/{id}/users")
	Envelope usersOf(@PathVariable UUID id) {
		clients.snapshot(id);
		return Envelope.read("users", users.usersOf(id));
	}

}
