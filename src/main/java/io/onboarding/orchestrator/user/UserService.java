package io.onboarding.orchestrator.user;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.api.NotFoundException;
import io.onboarding.orchestrator.client.ClientSnapshot;

/** End users of the platform and the clients they may act for. */
@Service
public class UserService {

	private final Users users;

	private final UserClientRelations relations;

	private final Clock clock;

	UserService(Users users, UserClientRelations relations, Clock clock) {
		this.users = users;
		this.relations = relations;
		this.clock = clock;
	}

	/**
	 * Gives an individual client its end user, found by email (case-insensitively) or
	 * created from the client's identity, and allows it to act for the client.
	 */
	@Transactional
	public void createForClient(ClientSnapshot client) {
		String email = client.profile().email();
		User user = users.findByEmailNormalized(User.normalize(email))
			.orElseGet(() -> users.save(new User(UUID.randomUUID(), email.trim(), client.identity(), clock.instant())));
		if (relations.findByUserIdAndClientId(user.id(), client.id()).isEmpty()) {
			relations.save(new UserClientRelation(UUID.randomUUID(), user.id(), client.id(), clock.instant()));
		}
	}

	/**
	 * The user created for a client and the relation between them, if the client asked
	 * for one.
	 */
	@Transactional(readOnly = true)
	public Optional<ClientUser> userOf(UUID clientId) {
		return relations.findByClientIdOrderByCreatedAt(clientId)
			.stream()
			.findFirst()
			.flatMap(relation -> users.findById(relation.userId())
				.map(user -> new ClientUser(user.view(), relation.view())));
	}

	/** A user with every client it may act for. */
	@Transactional(readOnly = true)
	public UserWithClients user(UUID id) {
		User user = users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
		return new UserWithClients(user.view(),
				relations.findByUserIdOrderByCreatedAt(id).stream().map(UserClientRelation::view).toList());
	}

	/** The users that may act for a client, each with its relation to it. */
	@Transactional(readOnly = true)
	public List<ClientUser> usersOf(UUID clientId) {
		List<UserClientRelation> links = relations.findByClientIdOrderByCreatedAt(clientId);
		Map<UUID, User> byId = users.findAllById(links.stream().map(UserClientRelation::userId).toList())
			.stream()
			.collect(Collectors.toMap(User::id, user -> user));
		return links.stream()
			.filter(link -> byId.containsKey(link.userId()))
			.map(link -> new ClientUser(byId.get(link.userId()).view(), link.view()))
			.toList();
	}

	/** {@code data.user} and {@code data.userClientRelations}. */
	public record UserWithClients(UserView user, List<UserClientRelation.View> clientRelations) {
	}

	/** A client's end user with the relation that lets it act for the client. */
	public record ClientUser(UserView user, UserClientRelation.View relation) {
	}

}
