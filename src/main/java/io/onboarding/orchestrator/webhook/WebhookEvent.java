package io.onboarding.orchestrator.webhook;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event for integrators, recorded in the transaction of the change that raised it (an outbox row). */
@Entity
@Table(name = "webhook_events")
class WebhookEvent {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String module;

    @Column(nullable = false, updatable = false)
    private String type;

    @Column(name = "client_id", updatable = false)
    private UUID clientId;

    @Column(nullable = false, updatable = false)
    private String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected WebhookEvent() {
    }

    WebhookEvent(UUID id, String module, String type, UUID clientId, String payload, Instant createdAt) {
        this.id = id;
        this.module = module;
        this.type = type;
        this.clientId = clientId;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    String module() {
        return module;
    }

    String type() {
        return type;
    }

    UUID clientId() {
        return clientId;
    }

    String payload() {
        return payload;
    }

    Instant createdAt() {
        return createdAt;
    }
}
