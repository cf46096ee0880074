package io.onboarding.orchestrator.migration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.onboarding.orchestrator.api.ConflictException;
import io.onboarding.orchestrator.api.FieldError;
import io.onboarding.orchestrator.infrastructure.JsonColumn;
import io.onboarding.orchestrator.infrastructure.TrackedRecord;
import io.onboarding.orchestrator.infrastructure.WireValue;
import io.onboarding.orchestrator.provider.SourceClient;

/**
 * One client brought in from a provider (SPEC 6.1): {@code queued} while a bulk migration
 * waits for a slot, {@code running} while {@code client-migration} runs, then
 * {@code completed} with the client's id or {@code failed} with the reason. While it runs
 * it keeps what the provider answered, so that each step of the process reads it from
 * here (an operator may restart any of them in Cockpit); it is let go when the migration
 * ends.
 */
@Entity
@Table(name = "migrations")
class Migration extends TrackedRecord {

	/** Where a migration stands. */
	enum Status implements WireValue {

		QUEUED, RUNNING, COMPLETED, FAILED;

		@Converter(autoApply = true)
		static class Column extends WireValue.Column<Status> {

			Column() {
				super(Status.class);
			}

		}

	}

	@Column(name = "batch_id", updatable = false)
	private UUID batchId;

	@Column(name = "service_provider", nullable = false, updatable = false)
	private String serviceProvider;

	@Column(name = "source_id", nullable = false, updatable = false)
	private String sourceId;

	@Column(nullable = false)
	private Status status;

	@Column(name = "kyc_level", nullable = false, updatable = false)
	private String kycLevel;

	@Column(name = "client_id")
	private UUID clientId;

	private String reason;

	/** The field errors of invalid source data. */
	@Convert(converter = ErrorsColumn.class)
	private List<FieldError> errors;

	/** The provider's answer while the migration runs. */
	@Convert(converter = SourceColumn.class)
	@Column(name = "source_client")
	private SourceClient source;

	@Column(name = "requested_by", nullable = false, updatable = false)
	private String requestedBy;

	protected Migration() {
	}

	Migration(UUID id, UUID batchId, MigrationOrder order, String sourceId, Status status, String requestedBy,
			Instant now) {
		super(id, now);
		this.batchId = batchId;
		this.serviceProvider = order.serviceProvider();
		this.sourceId = sourceId;
		this.kycLevel = order.kycLevel().name();
		this.status = status;
		this.requestedBy = requestedBy;
	}

	void started(Instant now) {
		require(Status.QUEUED, "start");
		status = Status.RUNNING;
		touch(now);
	}

	/** The provider answered with its client; the next steps read it from here. */
	void fetched(SourceClient source, Instant now) {
		require(Status.RUNNING, "take the provider's answer");
		this.source = source;
		touch(now);
	}

	/** The source data breaks the rules: the field errors the failure will carry. */
	void sourceInvalid(List<FieldError> errors, Instant now) {
		require(Status.RUNNING, "judge its source");
		this.errors = errors;
		touch(now);
	}

	/**
	 * The client is stored; a second migration of the same source names the same client.
	 */
	void stored(UUID clientId, Instant now) {
		require(Status.RUNNING, "store its client");
		this.clientId = clientId;
		touch(now);
	}

	void complete(Instant now) {
		require(Status.RUNNING, "complete");
		status = Status.COMPLETED;
		source = null;
		touch(now);
	}

	void fail(String reason, Instant now) {
		require(Status.RUNNING, "fail");
		status = Status.FAILED;
		this.reason = reason != null && reason.length() > 2000 ? reason.substring(0, 1997) + "..." : reason;
		source = null;
		touch(now);
	}

	private void require(Status expected, String what) {
		if (status != expected) {
			throw new ConflictException("Migration " + id() + " is " + status.value() + " and can't " + what);
		}
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

	Status status() {
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

	List<FieldError> errors() {
		return errors;
	}

	SourceClient source() {
		return source;
	}

	String requestedBy() {
		return requestedBy;
	}

	@Converter
	static class ErrorsColumn extends JsonColumn<List<FieldError>> {

		ErrorsColumn() {
			super(new TypeReference<>() {
			});
		}

	}

	@Converter
	static class SourceColumn extends JsonColumn<SourceClient> {

		SourceColumn() {
			super(new TypeReference<>() {
			});
		}

	}

}
