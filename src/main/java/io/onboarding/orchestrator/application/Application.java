package io.onboarding.orchestrator.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A client's KYC application. It refuses moves its lifecycle does not allow. */
@Entity
@Table(name = "applications")
class Application {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Column(nullable = false)
    private String status;

    private String decision;

    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Application() {
    }

    Application(UUID id, UUID clientId, Instant now) {
        this.id = id;
        this.clientId = clientId;
        this.status = ApplicationStatus.PENDING.value();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The application is complete and handed to compliance. */
    void submit(Instant now) {
        if (!ApplicationStatus.PENDING.value().equals(status)
                && !ApplicationStatus.ADMIN_REVISION.value().equals(status)) {
            throw new IllegalStateException("Application " + id + " can't be submitted from " + status);
        }
        status = ApplicationStatus.SUBMITTED.value();
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID clientId() {
        return clientId;
    }

    String status() {
        return status;
    }

    String decision() {
        return decision;
    }

    String reason() {
        return reason;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
