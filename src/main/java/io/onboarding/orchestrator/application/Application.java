package io.onboarding.orchestrator.application;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.api.ConflictException;

/**
 * A client's KYC application (SPEC 5.2). It owns its lifecycle and refuses moves the
 * lifecycle does not allow: pending, submitted, under_review and request_for_information,
 * admin_revision, compliance_review, then approved or declined and completed.
 */
@Entity
@Table(name = "applications")
class Application {

	static final String PENDING = "pending";
	static final String SUBMITTED = "submitted";
	static final String UNDER_REVIEW = "under_review";
	static final String REQUEST_FOR_INFORMATION = "request_for_information";
	static final String ADMIN_REVISION = "admin_revision";
	static final String COMPLIANCE_REVIEW = "compliance_review";
	static final String APPROVED = "approved";
	static final String DECLINED = "declined";
	static final String COMPLETED = "completed";

	static final String DECISION_APPROVED = "approved";
	static final String DECISION_DECLINED = "declined";
	static final String DECISION_AUTO_DECLINED = "auto_declined";
	static final String DECISION_WITHDRAWN = "withdrawn";

	private static final Set<String> OPEN = Set.of(PENDING, SUBMITTED, UNDER_REVIEW, REQUEST_FOR_INFORMATION,
			ADMIN_REVISION, COMPLIANCE_REVIEW);

	@Id
	private UUID id;

	@Column(name = "client_id", nullable = false, updatable = false)
	private UUID clientId;

	@Column(nullable = false)
	private String status;

	private String decision;

	private String reason;

	@Column(name = "risk_level")
	private String riskLevel;

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
		this.status = PENDING;
		this.createdAt = now;
		this.updatedAt = now;
	}

	boolean isOpen() {
		return OPEN.contains(status);
	}

	/** The application is complete and handed to compliance (again, after a revision). */
	void submit(Instant now) {
		move(Set.of(PENDING, ADMIN_REVISION), SUBMITTED, now);
		submittedAt = now;
	}

	void screened(String riskLevel, List<String> reasons, Instant now) {
		require(Set.of(SUBMITTED), "be screened");
		this.riskLevel = riskLevel;
		this.screeningReasons = reasons.isEmpty() ? null : String.join(",", reasons);
		this.updatedAt = now;
	}

	/**
	 * An officer looks at it: after screening, or again once the requested information
	 * came.
	 */
	void startReview(Instant now) {
		move(Set.of(SUBMITTED, REQUEST_FOR_INFORMATION), UNDER_REVIEW, now);
	}

	void requestInformation(String actor, String reason, Instant now) {
		move(Set.of(UNDER_REVIEW), REQUEST_FOR_INFORMATION, now);
		reviewedBy = actor;
		this.reason = reason;
	}

	void returnForRevision(String actor, String reason, Instant now) {
		move(Set.of(UNDER_REVIEW), ADMIN_REVISION, now);
		reviewedBy = actor;
		this.reason = reason;
	}

	/**
	 * The first approval of a high-risk application: a second officer must confirm it.
	 */
	void approveFirst(String actor, String reason, Instant now) {
		move(Set.of(UNDER_REVIEW), COMPLIANCE_REVIEW, now);
		reviewedBy = actor;
		approvedBy = actor;
		this.reason = reason;
	}

	/**
	 * Approves: by the reviewer, by the second reviewer of a high-risk application (who
	 * must not be the first), or by rule after screening.
	 */
	void approve(String actor, String reason, Instant now) {
		if (COMPLIANCE_REVIEW.equals(status)) {
			requireSecondPerson(actor);
			secondApprovedBy = actor;
		}
		else {
			require(Set.of(UNDER_REVIEW, SUBMITTED), "be approved");
			reviewedBy = actor;
			approvedBy = actor;
		}
		decide(APPROVED, DECISION_APPROVED, reason, now);
	}

	void decline(String actor, String reason, Instant now) {
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("data.reason", "A decline needs a reason");
		}
		if (COMPLIANCE_REVIEW.equals(status)) {
			requireSecondPerson(actor);
			secondApprovedBy = actor;
		}
		else {
			require(Set.of(UNDER_REVIEW), "be declined");
			reviewedBy = actor;
		}
		decide(DECLINED, DECISION_DECLINED, reason, now);
	}

	/** Declined without a person: a blacklisted client, a minor. */
	void autoDecline(String reason, Instant now) {
		require(OPEN, "be declined");
		decide(DECLINED, DECISION_AUTO_DECLINED, reason, now);
	}

	/**
	 * Ends an open application without a verdict: the integrator withdrew it, or
	 * information never came.
	 */
	void withdraw(String reason, Instant now) {
		require(OPEN, "be withdrawn");
		decide(COMPLETED, DECISION_WITHDRAWN, reason, now);
	}

	/** The follow-up steps of a decision are done. */
	void complete(Instant now) {
		move(Set.of(APPROVED, DECLINED, COMPLETED), COMPLETED, now);
	}

	private void requireSecondPerson(String actor) {
		if (actor != null && actor.equals(approvedBy)) {
			throw new BusinessRuleException("The second approval of a high-risk application must come from "
					+ "another officer than the first (" + approvedBy + ")");
		}
	}

	private void decide(String newStatus, String newDecision, String reason, Instant now) {
		this.status = newStatus;
		this.decision = newDecision;
		this.reason = reason;
		this.decidedAt = now;
		this.updatedAt = now;
	}

	private void move(Set<String> from, String to, Instant now) {
		require(from, "move to " + to);
		status = to;
		updatedAt = now;
	}

	private void require(Set<String> from, String what) {
		if (!from.contains(status)) {
			throw new ConflictException("Application " + id + " is " + status + " and can't " + what);
		}
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

	String riskLevel() {
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

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

}
