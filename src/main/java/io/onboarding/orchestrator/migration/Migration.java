package io.onboarding.orchestrator.migration;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.onboarding.orchestrator.api.ConflictException;

/**
 * One client brought in from a provider (SPEC 6.1): {@code queued} while a bulk migration
 * waits for a slot, {@code running} while {@code client-migration} runs, then
 * {@code completed} with the client's id or {@code failed} with the reason.
 */
@Entity
@Table(name = "migrations")
class Migration {

	static final String QUEUED = "queued";
	static final String RUNNING = "running";
	static final String COMPLETED = "completed";
	static final String FAILED = "failed";

	@Id
	private UUID id;

	@Column(name = "batch_id", updatable = false)
	private UUID batchId;

	@Column(name = "service_provider", nullable = false, updatable = false)
	private String serviceProvider;

	@Column(name = "source_id", nullable = false, updatable = false)
	private String sourceId;

	@Column(nullable = false)
	private String status;

	@Column(name = "kyc_level", nullable = false, updatable = false)
	private String kycLevel;

	@Column(name = "client_id")
	private UUID clientId;

	private String reason;

	/** The field errors of invalid source data, as JSON. */
	private String errors;

	@Column(name = "requested_by", nullable = false, updatable = false)
	private String requestedBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Migration() {
	}

	Migration(UUID id, UUID batchId, MigrationOrder order, String sourceId, String status, String requestedBy,
			Instant now) {
		this.id = id;
		this.batchId = batchId;
		this.serviceProvider = order.serviceProvider();
		this.sourceId = sourceId;
		this.kycLevel = order.kycLevel().name();
		this.status = status;
		this.requestedBy = requestedBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void started(Instant now) {
		require(QUEUED, "start");
		status = RUNNING;
		updatedAt = now;
	}

	/**
	 * The client is stored; a second migration of the same source names the same client.
	 */
	void stored(UUID clientId, Instant now) {
		require(RUNNING, "store its client");
		this.clientId = clientId;
		updatedAt = now;
	}

	void complete(Instant now) {
		require(RUNNING, "complete");
		status = COMPLETED;
		updatedAt = now;
	}

	void fail(String reason, String errors, Instant now) {
		require(RUNNING, "fail");
		status = FAILED;
		this.reason = reason != null && reason.length() > 2000 ? reason.substring(0, 1997) + "..." : reason;
		this.errors = errors;
		updatedAt = now;
	}

	private void require(String expected, String what) {
		if (!expected.equals(status)) {
			throw new ConflictException("Migration " + id + " is " + status + " and can't " + what);
		}
	}

	UUID id() {
		return id;
	}

	UUID batchId() {
		return batchId;
	}

	String serviceProvider() {
		return serviceProvider;
	}

	String sourceId() {
		return sourceId;
	}

	String status() {
		return status;
	}

	String kycLevel() {
		return kycLevel;
	}

	UUID clientId() {
		return clientId;
	}

	String reason() {
		return reason;
	}

	String errors() {
		return errors;
	}

	String requestedBy() {
		return requestedBy;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

}
