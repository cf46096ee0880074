package io.onboarding.orchestrator.relation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.onboarding.orchestrator.client.Identity;
import io.onboarding.orchestrator.client.JsonColumns;
import io.onboarding.orchestrator.client.Profile;

/** A related party of a corporate client: a director, shareholder or authorized person. */
@Entity
@Table(name = "relations")
class Relation {

    static final String SCREENING_PENDING = "pending_review";

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Column(nullable = false)
    private String relation;

    @Column(nullable = false, updatable = false)
    private String type;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Convert(converter = JsonColumns.IdentityColumn.class)
    @Column(nullable = false)
    private Identity identity;

    @Convert(converter = JsonColumns.ProfileColumn.class)
    private Profile profile;

    @Column(name = "screening_status", nullable = false)
    private String screeningStatus;

    @Column(name = "screening_risk_level")
    private String screeningRiskLevel;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Relation() {
    }

    Relation(UUID id, UUID clientId, RelationInput input, Instant now) {
        this.id = id;
        this.clientId = clientId;
        this.relation = input.relation();
        this.type = input.identity().type();
        this.identity = input.identity();
        this.profile = input.profile();
        this.fullName = input.identity().fullName();
        this.screeningStatus = SCREENING_PENDING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }
}
