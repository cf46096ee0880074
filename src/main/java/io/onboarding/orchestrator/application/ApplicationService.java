package io.onboarding.orchestrator.application;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.client.ClientService;

/** Opens and moves KYC applications, keeping the client's view of them current. */
@Service
public class ApplicationService {

    private final Applications applications;
    private final ClientService clients;
    private final Clock clock;

    ApplicationService(Applications applications, ClientService clients, Clock clock) {
        this.applications = applications;
        this.clients = clients;
        this.clock = clock;
    }

    /** Opens an application for the client and submits it for review. Returns its id. */
    @Transactional
    public UUID openAndSubmit(UUID clientId) {
        Application application = new Application(UUID.randomUUID(), clientId, clock.instant());
        application.submit(clock.instant());
        applications.save(application);
        clients.applicationOpened(clientId, application.id());
        return application.id();
    }
}
