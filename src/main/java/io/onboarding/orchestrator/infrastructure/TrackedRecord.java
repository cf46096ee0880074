package io.onboarding.orchestrator.infrastructure;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every business record of the service carries: its id, when it was created and last
 * changed, and the version that makes two changes of one record at once fail instead of
 * overwriting each other.
 */
@MappedSuperclass
public abstract class TrackedRecord {

	@Id
	private UUID id;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected TrackedRecord() {
	}

	protected TrackedRecord(UUID id, Instant now) {
		this.id = id;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Records that the record changed now. */
	protected void touch(Instant now) {
		this.updatedAt = now;
	}

	public UUID id() {
		return id;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

}
