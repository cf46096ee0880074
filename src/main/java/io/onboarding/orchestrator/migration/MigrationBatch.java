package io.onboarding.orchestrator.migration;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A bulk migration ({@code POST /migrations}): its migrations are queued and started a
 * few at a time (see {@link MigrationFeeder}); its progress is counted from them.
 */
@Entity
@Table(name = "migration_batches")
class MigrationBatch {

	@Id
	private UUID id;

	@Column(name = "service_provider", nullable = false, updatable = false)
	private String serviceProvider;

	@Column(name = "kyc_level", nullable = false, updatable = false)
	private String kycLevel;

	@Column(nullable = false, updatable = false)
	private int total;

	@Column(name = "requested_by", nullable = false, updatable = false)
	private String requestedBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected MigrationBatch() {
	}

	MigrationBatch(UUID id, MigrationOrder order, String requestedBy, Instant now) {
		this.id = id;
		this.serviceProvider = order.serviceProvider();
		this.kycLevel = order.kycLevel().name();
		this.total = order.sourceIds().size();
		this.requestedBy = requestedBy;
		this.createdAt = now;
	}

	UUID id() {
		return id;
	}

	String serviceProvider() {
		return serviceProvider;
	}

	int total() {
		return total;
	}

	Instant createdAt() {
		return createdAt;
	}

}
