package io.onboarding.orchestrator.infrastructure;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.springframework.data.domain.Persistable;

/**
 * What every business record of the service carries: its id, when it was created and last
 * changed, and the version that makes two changes of one record at once fail instead of
 * overwriting each other.
 */
@MappedSuperclass
public abstract class TrackedRecord implements Persistable<UUID> {

	@Id
	private UUID id;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	/**
	 * Whether the record was read from or written to the database. The id is assigned
	 * before the first save, so without this Spring Data would take every new record for
	 * a stored one and merge it: a SELECT before each INSERT.
	 */
	@Transient
	private boolean stored;

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

	@PostLoad
	@PostPersist
	void markStored() {
		this.stored = true;
	}

	@Override
	public boolean isNew() {
		return !stored;
	}

	@Override
	public UUID getId() {
		return id;
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
