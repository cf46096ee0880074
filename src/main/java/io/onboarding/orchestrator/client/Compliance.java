package io.onboarding.orchestrator.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.onboarding.orchestrator.api.BusinessRuleException;

/**
 * A client's compliance standing (SPEC 3.1 {@code compliance}): the KYC level it is held
 * to, its risk, and the officers' flags.
 */
@Embeddable
class Compliance {

	@Enumerated(EnumType.STRING)
	@Column(name = "kyc_level", nullable = false)
	private KycLevel kycLevel;

	@Column(name = "risk_level")
	private RiskLevel riskLevel;

	private boolean blacklisted;

	@Column(name = "blacklisted_comment")
	private String blacklistedComment;

	private boolean blocked;

	@Column(name = "kyc_note")
	private String kycNote;

	protected Compliance() {
	}

	Compliance(KycLevel kycLevel) {
		this.kycLevel = kycLevel;
	}

	void riskAssessed(RiskLevel level) {
		this.riskLevel = level;
	}

	/**
	 * Applies an officer's change; returns +1 when it blacklisted the client, -1 when it
	 * lifted the blacklist, 0 otherwise. Blacklisting needs a comment.
	 */
	int apply(ComplianceUpdate update) {
		boolean wasBlacklisted = blacklisted;
		boolean willBeBlacklisted = update.blacklisted() != null ? update.blacklisted() : blacklisted;
		String comment = update.blacklistedComment() != null ? update.blacklistedComment() : blacklistedComment;
		// judged before anything changes: a refused change leaves the record as it was
		if (willBeBlacklisted && !wasBlacklisted && (comment == null || comment.isBlank())) {
			throw new BusinessRuleException("data.blacklistedComment", "Blacklisting needs a comment");
		}
		if (update.riskLevel() != null) {
			riskLevel = update.riskLevel();
		}
		if (update.kycLevel() != null) {
			kycLevel = update.kycLevel();
		}
		if (update.blocked() != null) {
			blocked = update.blocked();
		}
		if (update.kycNote() != null) {
			kycNote = update.kycNote();
		}
		blacklistedComment = comment;
		blacklisted = willBeBlacklisted;
		return Boolean.compare(blacklisted, wasBlacklisted);
	}

	/** The officers' free text may name the client: erased with the rest (SPEC 7.5). */
	void erase() {
		blacklistedComment = null;
		kycNote = null;
	}

	ClientView.Compliance view() {
		return new ClientView.Compliance(kycLevel, riskLevel, blacklisted, blacklistedComment, blocked, kycNote);
	}

	KycLevel kycLevel() {
		return kycLevel;
	}

	RiskLevel riskLevel() {
		return riskLevel;
	}

	boolean blacklisted() {
		return blacklisted;
	}

}
