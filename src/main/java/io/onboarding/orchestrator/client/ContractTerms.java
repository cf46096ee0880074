package io.onboarding.orchestrator.client;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The contract a client accepted last, in which terms version, and when (SPEC 7.2). */
@Embeddable
class ContractTerms {

	/** What a client that accepted nothing yet holds (the columns are all null then). */
	static final ContractTerms NONE = new ContractTerms(null, null, null);

	private String contract;

	@Column(name = "terms_version")
	private String termsVersion;

	@Column(name = "terms_accepted_at")
	private Instant termsAcceptedAt;

	protected ContractTerms() {
	}

	ContractTerms(String contract, String termsVersion, Instant termsAcceptedAt) {
		this.contract = contract;
		this.termsVersion = termsVersion;
		this.termsAcceptedAt = termsAcceptedAt;
	}

	String contract() {
		return contract;
	}

	String termsVersion() {
		return termsVersion;
	}

	Instant termsAcceptedAt() {
		return termsAcceptedAt;
	}

}
