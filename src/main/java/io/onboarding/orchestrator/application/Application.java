package io.onboarding.orchestrator.application;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.api.ConflictException;
import io.onboarding.orchestrator.client.KycStatus;
import io.onboarding.orchestrator.client.RiskLevel;
import io.onboarding.orchestrator.infrastructure.TrackedRecord;
import io.onboarding.orchestrator.infrastructure.WireValue;
import jakarta.persistence.Converter;

/**
 * A client's KYC application (SPEC 5.2). It owns its lifecycle and refuses moves the
 * lifecycle does not allow: pending, submitted, under_review and request_for_information,
 * admin_revision, compliance_review, then approved or declined and completed.
 */
@Entity
@Table(name = "applications")
class Application extends TrackedRecord {

	/** Where an application stands. */
	enum Status implements WireValue {

		PENDING, SUBMITTED, UNDER_REVIEW, REQUEST_FOR_INFORMATION, ADMIN_REVISION, COMPLIANCE_REVIEW, APPROVED,
		DECLINED, COMPLETED;

		static final Set<Status> OPEN = Set.of(PENDING, SUBMITTED, UNDER_REVIEW, REQUEST_FOR_INFORMATION,
				ADMIN_REVISION, COMPLIANCE_REVIEW);

		@Converter(autoApply = true)
		static class Column extends WireValue.Column<Status> {

			Column() {
				super(Status.class);
			}

		}

	}

	/** How an application ended. */
	enum Decision implements WireValue {

		APPROVED, DECLINED, AUTO_DECLINED, WITHDRAWN;

		@Converter(autoApply = true)
		static class Column extends WireValue.Column<Decision> {

			Column() {
				super(Decision.class);
			}

		}

	}

	/**
	 * What an application is for (SPEC 5.5): a client's onboarding, its periodic review,
	 * a raised KYC level, or the review a confirmed screening hit opens.
	 */
	enum Kind implements WireValue {

		ONBOARDING, PERIODIC, LEVEL_CHANGE, SCREENING;

		@Converter(autoApply = true)
		static class Column extends WireValue.Column<Kind> {

			Column() {
				super(Kind.class);
			}

		}

	}

	@Column(name = "client_id", nullable = false, updatable = false)
	private UUID clientId;

	@Column(nullable = false, updatable = false)
	private Kind kind;

	@Column(nullable = false)
	private Status status;

	private Decision decision;

	private String reason;

	@Column(name = "risk_level")
	private RiskLevel riskLevel;

	@Column(name = "screening_reasons")
	private String screeningReasons;

	@Column(name = "reviewed_by")
	private String reviewedBy;

	@Column(name = "approved_by")
	private String approvedBy;

	@Column(name = "second_approved_by")
	private String secondApprovedBy;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	protected Application() {
	}

	Application(UUID id, UUID clientId, Instant now) {
		this(id, clientId, Kind.ONBOARDING, now);
	}

	Application(UUID id, UUID clientId, Kind kind, Instant now) {
		super(id, now);
		this.clientId = clientId;
		this.kind = kind;
		this.status = Status.PENDING;
	}

	boolean isOpen() {
		return Status.OPEN.contains(status);
	}

	/** The application is complete and handed to compliance (again, after a revision). */
	void submit(Instant now) {
		move(Set.of(Status.PENDING, Status.ADMIN_REVISION), Status.SUBMITTED, now);
		submittedAt = now;
	}

	void screened(RiskLevel riskLevel, List<String> reasons, Instant now) {
		require(Set.of(Status.SUBMITTED), "be screened");
		this.riskLevel = riskLevel;
		this.screeningReasons = reasons.isEmpty() ? null : String.join(",", reasons);
		touch(now);
	}

	/**
	 * An officer looks at it: after screening, or again once the requested information
	 * came.
	 */
	void startReview(Instant now) {
		move(Set.of(Status.SUBMITTED, Status.REQUEST_FOR_INFORMATION), Status.UNDER_REVIEW, now);
	}

	void requestInformation(String actor, String reason, Instant now) {
		move(Set.of(Status.UNDER_REVIEW), Status.REQUEST_FOR_INFORMATION, now);
		reviewedBy = actor;
		this.reason = reason;
	}

	/** The integrator may answer only what was asked of it. */
	void requireAwaitingInformation() {
		require(Set.of(Status.REQUEST_FOR_INFORMATION), "take information: it asks for none");
	}

	void returnForRevision(String actor, String reason, Instant now) {
		move(Set.of(Status.UNDER_REVIEW), Status.ADMIN_REVISION, now);
		reviewedBy = actor;
		this.reason = reason;
	}

	/** Only an application returned for revision is submitted again. */
	void requireReturnedForRevision() {
		require(Set.of(Status.ADMIN_REVISION), "be submitted again: only a returned application is");
	}

	/**
	 * The first approval of a high-risk application: a second officer must confirm it.
	 */
	void approveFirst(String actor, String reason, Instant now) {
		move(Set.of(Status.UNDER_REVIEW), Status.COMPLIANCE_REVIEW, now);
		reviewedBy = actor;
		approvedBy = actor;
		this.reason = reason;
	}

	/** Whether the second approval of a high-risk application is what it waits for. */
	boolean awaitsSecondApproval() {
		return status == Status.COMPLIANCE_REVIEW;
	}

	/**
	 * Approves: by the reviewer, by the second reviewer of a high-risk application (who
	 * must not be the first), or by rule after screening.
	 */
	void approve(String actor, String reason, Instant now) {
		if (awaitsSecondApproval()) {
			requireSecondPerson(actor);
			secondApprovedBy = actor;
		}
		else {
			require(Set.of(Status.UNDER_REVIEW, Status.SUBMITTED), "be approved");
			reviewedBy = actor;
			approvedBy = actor;
		}
		decide(Status.APPROVED, Decision.APPROVED, reason, now);
	}

	void decline(String actor, String reason, Instant now) {
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("data.reason", "A decline needs a reason");
		}
		if (awaitsSecondApproval()) {
			requireSecondPerson(actor);
			secondApprovedBy = actor;
		}
		else {
			require(Set.of(Status.UNDER_REVIEW), "be declined");
			reviewedBy = actor;
		}
		decide(Status.DECLINED, Decision.DECLINED, reason, now);
	}

	/**
	 * The verification provider rejected the applicant for good (SPEC 6.3): declined,
	 * with the provider's reject labels as the reason.
	 */
	void declineByProvider(String provider, String reason, Instant now) {
		require(Set.of(Status.SUBMITTED, Status.REQUEST_FOR_INFORMATION), "be declined by " + provider);
		reviewedBy = "provider:" + provider;
		decide(Status.DECLINED, Decision.DECLINED, reason, now);
	}

	/**
	 * The verification provider rejected the applicant with a retry: the applicant is
	 * asked for new documents at the provider, with the labels as the reason.
	 */
	void retryRequestedByProvider(String provider, String reason, Instant now) {
		move(Set.of(Status.SUBMITTED, Status.REQUEST_FOR_INFORMATION), Status.REQUEST_FOR_INFORMATION, now);
		reviewedBy = "provider:" + provider;
		this.reason = reason;
	}

	/** The provider verified the applicant: the application is screened as submitted. */
	void identityVerified(Instant now) {
		move(Set.of(Status.SUBMITTED, Status.REQUEST_FOR_INFORMATION), Status.SUBMITTED, now);
	}

	/** Declined without a person: a blacklisted client, a rule of the screening. */
	void autoDecline(String reason, Instant now) {
		require(Status.OPEN, "be declined");
		decide(Status.DECLINED, Decision.AUTO_DECLINED, reason, now);
	}

	/**
	 * Ends an open application without a verdict: the integrator withdrew it, or
	 * information never came.
	 */
	void withdraw(String reason, Instant now) {
		require(Status.OPEN, "be withdrawn");
		decide(Status.COMPLETED, Decision.WITHDRAWN, reason, now);
	}

	/** The follow-up steps of a decision are done. Returns whether it moved now. */
	boolean complete(Instant now) {
		boolean moved = status != Status.COMPLETED;
		move(Set.of(Status.APPROVED, Status.DECLINED, Status.COMPLETED), Status.COMPLETED, now);
		return moved;
	}

	/** What the application means for its client's advisory KYC status (SPEC 3.1). */
	KycStatus kycStatus() {
		if (decision != null) {
			return switch (decision) {
				case APPROVED -> KycStatus.APPROVED;
				case WITHDRAWN -> KycStatus.EXPIRED;
				case DECLINED, AUTO_DECLINED -> KycStatus.REJECTED;
			};
		}
		return status == Status.UNDER_REVIEW || status == Status.COMPLIANCE_REVIEW ? KycStatus.IN_REVIEW
				: KycStatus.PENDING;
	}

	private void requireSecondPerson(String actor) {
		if (actor != null && actor.equals(approvedBy)) {
			throw new BusinessRuleException("The second approval of a high-risk application must come from "
					+ "another officer than the first (" + approvedBy + ")");
		}
	}

	private void decide(Status newStatus, Decision newDecision, String reason, Instant now) {
		this.status = newStatus;
		this.decision = newDecision;
		this.reason = reason;
		this.decidedAt = now;
		touch(now);
	}

	private void move(Set<Status> from, Status to, Instant now) {
		require(from, "move to " + to.value());
		status = to;
		touch(now);
	}

	private void require(Set<Status> from, String what) {
		if (!from.contains(status)) {
			throw new ConflictException("Application " + id() + " is " + status.value() + " and can't " + what);
		}
	}

	UUID clientId() {
		return clientId;
	}

	Kind kind() {
		return kind;
	}

	Status status() {
		return status;
	}

	Decision decision() {
		return decision;
	}

	String reason() {
		return reason;
	}

	RiskLevel riskLevel() {
		return riskLevel;
	}

	List<String> screeningReasons() {
		return screeningReasons == null ? List.of() : Arrays.asList(screeningReasons.split(","));
	}

	String reviewedBy() {
		return reviewedBy;
	}

	String approvedBy() {
		return approvedBy;
	}

	String secondApprovedBy() {
		return secondApprovedBy;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	Instant decidedAt() {
		return decidedAt;
	}

}
