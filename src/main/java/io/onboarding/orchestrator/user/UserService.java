package io.onboarding.orchestrator.user;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.client.Client;

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
     * Gives an individual client its end user, found by email (case-insensitively) or created from
     * the client's identity, and allows it to act for the client.
     */
    @Transactional
    public void createForClient(Client client) {
        String email = client.profile().email();
        User user = users.findByEmailNormalized(User.normalize(email))
                .orElseGet(() -> users.save(new User(UUID.randomUUID(), email.trim(), client.identity(),
                        clock.instant())));
        if (relations.findByUserIdAndClientId(user.id(), client.id()).isEmpty()) {
            relations.save(new UserClientRelation(UUID.randomUUID(), user.id(), client.id(), clock.instant()));
        }
    }

    /** The user created for a client and the relation between them, if the client asked for one. */
    @Transactional(readOnly = true)
    public Optional<ClientUser> userOf(UUID clientId) {
        return relations.findByClientIdOrderByCreatedAt(clientId).stream().findFirst()
                .flatMap(relation -> users.findById(relation.userId())
                        .map(user -> new ClientUser(user.view(), relation.view())));
    }

    /** A client's end user with the relation that lets it act for the client. */
    public record ClientUser(UserView user, UserClientRelation.View relation) {
    }
}
