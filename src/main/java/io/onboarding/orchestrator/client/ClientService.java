package io.onboarding.orchestrator.client;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.api.Envelope;
import io.onboarding.orchestrator.api.NotFoundException;
import io.onboarding.orchestrator.validation.Violations;
import io.onboarding.orchestrator.webhook.EventPublisher;

/** Creates, reads and changes clients; every change that integrators hear of publishes its event here. */
@Service
public class ClientService {

    private final Clients clients;
    private final ClientNumbers numbers;
    private final ClientViews views;
    private final ClientPatches patches;
    private final EventPublisher events;
    private final Clock clock;

    ClientService(Clients clients, ClientNumbers numbers, ClientViews views, ClientPatches patches,
            EventPublisher events, Clock clock) {
        this.clients = clients;
        this.numbers = numbers;
        this.views = views;
        this.patches = patches;
        this.events = events;
        this.clock = clock;
    }

    /** Stores a new client, pending its onboarding. */
    @Transactional
    public void register(UUID id, NewClient client, String actor) {
        clients.save(new Client(id, numbers.next(), client, actor, clock.instant()));
    }

    @Transactional
    public void activate(UUID id) {
        findForUpdate(id).activate(clock.instant());
    }

    @Transactional
    public void applicationOpened(UUID clientId, UUID applicationId) {
        findForUpdate(clientId).applicationOpened(applicationId, clock.instant());
    }

    /** Records {@code clients/created} with the client as reads show it by default. */
    @Transactional
    public void publishCreated(UUID id) {
        publish(find(id), "created");
    }

    /** The client with everything the creation response shows: the whole profile. */
    @Transactional(readOnly = true)
    public ClientView view(UUID id) {
        return views.view(find(id), new ClientIncludes(true, false, false, false, false));
    }

    @Transactional(readOnly = true)
    public Client client(UUID id) {
        return find(id);
    }

    @Transactional(readOnly = true)
    Envelope read(UUID id, ClientIncludes includes) {
        Client client = find(id);
        Map<String, Object> connect = new LinkedHashMap<>();
        if (includes.connections()) {
            connect.put("connections", views.connections(id));
        }
        return Envelope.read("client", views.view(client, includes)).withConnect(connect)
                .withMetadata(includes.echo());
    }

    @Transactional(readOnly = true)
    Page<ClientView.Summary> list(ClientFilter filter, Pageable pageable) {
        Page<Client> page = clients.findAll(filter.specification(), pageable);
        List<ClientView.Summary> content = views.summaries(page.getContent());
        return new PageImpl<>(content, pageable, page.getTotalElements());
    }

    /**
     * Applies a patch-style update (SPEC 3.2) with the same rules as a creation, and publishes
     * {@code clients/updated}.
     */
    @Transactional
    ClientView update(UUID id, com.fasterxml.jackson.databind.JsonNode patch) {
        Client client = findForUpdate(id);
        ClientDetails details = patches.apply(client, patch);
        Violations v = new Violations();
        ClientRules.validate(v, ClientPatches.PATH, details,
                ReservedAttributes.RAILSBANK.equals(client.requestedProvider()));
        v.throwIfAny();
        client.describe(details, clock.instant());
        publish(client, "updated");
        return views.view(client, new ClientIncludes(true, false, false, false, false));
    }

    private void publish(Client client, String type) {
        events.publish("clients", type, client.id(),
                Envelope.single("client", views.view(client, ClientIncludes.NONE)), Map.of());
    }

    private Client findForUpdate(UUID id) {
        return clients.findForUpdate(id).orElseThrow(() -> new NotFoundException("Client", id));
    }

    private Client find(UUID id) {
        return clients.findById(id).orElseThrow(() -> new NotFoundException("Client", id));
    }
}
