package io.onboarding.orchestrator.client;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.api.ConflictException;
import io.onboarding.orchestrator.infrastructure.TrackedRecord;

/**
 * A client of the platform: a natural person or a company. It guards its own status
 * changes and the rules of its sub-client association.
 */
@Entity
@Table(name = "clients")
class Client extends TrackedRecord {

	@Column(name = "client_number", nullable = false, updatable = false)
	private String clientNumber;

	@Column(nullable = false, updatable = false)
	private String type;

	@Column(nullable = false)
	private ClientStatus status;

	@Embedded
	private ClientDescription description;

	@Embedded
	private Compliance compliance;

	@Embedded
	private ContractTerms contract;

	@Column(name = "requested_provider")
	private String requestedProvider;

	@Column(name = "sub_client_id")
	private UUID subClientId;

	@Column(name = "application_id")
	private UUID applicationId;

	/** When the periodic review of an active client falls due (SPEC 5.5). */
	@Column(name = "next_review_at")
	private Instant nextReviewAt;

	/** When the relationship ended (SPEC 7.5): the retention runs from here. */
	@Column(name = "closed_at")
	private Instant closedAt;

	/** When the client's personal data was erased; ids, statuses and dates stay. */
	@Column(name = "erased_at")
	private Instant erasedAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	protected Client() {
	}

	Client(UUID id, String clientNumber, NewClient client, String createdBy, Instant now) {
		super(id, now);
		this.clientNumber = clientNumber;
		this.type = client.details().type();
		this.status = ClientStatus.PENDING;
		this.compliance = new Compliance(client.kycLevel());
		this.requestedProvider = client.requestedProvider();
		this.createdBy = createdBy;
		this.description = new ClientDescription(client.details());
	}

	/** Replaces what describes the client; the identity type can never change. */
	void describe(ClientDetails details, Instant now) {
		requireRelationship("be updated");
		if (!type.equals(details.type())) {
			throw new BusinessRuleException("data.client.identity.type",
					"The identity type of a client can't change (it is " + type + ")");
		}
		this.description = new ClientDescription(details);
		touch(now);
	}

	/**
	 * The client may transact: onboarding ended well. Returns whether the status moved:
	 * an active client stays so (an onboarding an operator restarted ends here again), a
	 * frozen one stays frozen until an officer lifts the blacklist.
	 */
	boolean activate(Instant now) {
		if (status == ClientStatus.FROZEN || status == ClientStatus.ACTIVE || status == ClientStatus.CLOSED) {
			return false;
		}
		if (status != ClientStatus.PENDING && status != ClientStatus.PARTNER_REVIEW) {
			throw new IllegalStateException("Client " + id() + " can't be activated from " + status.value());
		}
		return moveTo(ClientStatus.ACTIVE, now);
	}

	/**
	 * The onboarding ended without approval: declined by an officer, by screening, or
	 * withdrawn. Returns whether the status moved.
	 */
	boolean rejected(boolean autoDeclined, Instant now) {
		if (status == ClientStatus.FROZEN || status == ClientStatus.CLOSED) {
			// a blacklisted client stays frozen, a closed one closed, whatever its
			// application became
			return false;
		}
		return moveTo(autoDeclined ? ClientStatus.AUTO_DECLINED : ClientStatus.REJECTED, now);
	}

	/**
	 * The applicant is to verify its identity at a provider (SPEC 6.3): the client waits
	 * for it. Returns whether the status moved (a frozen client stays frozen).
	 */
	boolean awaitingVerification(Instant now) {
		return status == ClientStatus.PENDING && moveTo(ClientStatus.PARTNER_REVIEW, now);
	}

	/**
	 * The provider gave its verdict: the client's application goes on. Returns whether it
	 * moved.
	 */
	boolean verificationEnded(Instant now) {
		return status == ClientStatus.PARTNER_REVIEW && moveTo(ClientStatus.PENDING, now);
	}

	void riskAssessed(RiskLevel level, Instant now) {
		compliance.riskAssessed(level);
		touch(now);
	}

	/**
	 * An officer's compliance change (SPEC 7.3): blacklisting freezes, lifting it
	 * reopens.
	 */
	ComplianceChange changeCompliance(ComplianceUpdate update, Instant now) {
		requireRelationship("change compliance");
		int blacklisting = compliance.apply(update);
		boolean moved = false;
		if (blacklisting > 0) {
			moved = moveTo(ClientStatus.FROZEN, now);
		}
		else if (blacklisting < 0) {
			moved = moveTo(ClientStatus.PENDING, now);
		}
		touch(now);
		return new ComplianceChange(moved, blacklisting > 0, blacklisting < 0);
	}

	/** A KYC application is open for the client; it waits for its decision. */
	void applicationOpened(UUID applicationId, Instant now) {
		if (status == ClientStatus.FROZEN || status == ClientStatus.CLOSED) {
			throw new IllegalStateException("Client " + id() + " is " + status.value() + "; no application can open");
		}
		this.applicationId = applicationId;
		moveTo(ClientStatus.PENDING, now);
	}

	/** The periodic review falls due then (none for a client that is not active). */
	void scheduleReview(Instant at, Instant now) {
		this.nextReviewAt = status == ClientStatus.ACTIVE ? at : null;
		touch(now);
	}

	/**
	 * A review of an active client opened (periodic, a raised KYC level, or a confirmed
	 * screening hit): the client keeps its status meanwhile, and is due for nothing else.
	 */
	void reviewOpened(UUID applicationId, Instant now) {
		if (status != ClientStatus.ACTIVE && !(status == ClientStatus.FROZEN && !compliance.blacklisted())) {
			throw new ConflictException(
					"Client " + id() + " is " + status.value() + "; only an active client is reviewed");
		}
		this.applicationId = applicationId;
		this.nextReviewAt = null;
		touch(now);
	}

	/**
	 * A screening hit on the client was confirmed a true match: frozen until its review
	 * ends. Returns whether the status moved.
	 */
	boolean frozenByScreening(Instant now) {
		this.nextReviewAt = null;
		return status == ClientStatus.ACTIVE && moveTo(ClientStatus.FROZEN, now);
	}

	/**
	 * The review ended: approved, the client is active (a client frozen by a screening
	 * hit is released) and due again at {@code nextReview}; otherwise the relationship
	 * ends. A client an officer blacklisted meanwhile stays frozen. Returns whether the
	 * status moved.
	 */
	boolean reviewEnded(boolean approved, Instant nextReview, Instant now) {
		if (compliance.blacklisted() || status == ClientStatus.CLOSED) {
			return false;
		}
		boolean moved = moveTo(approved ? ClientStatus.ACTIVE : ClientStatus.REJECTED, now);
		this.nextReviewAt = approved ? nextReview : null;
		return moved;
	}

	/**
	 * Acts as a customer of the sub-client from now on. A client can't be its own
	 * sub-client, a sub-client can't itself be associated with one, and a client with
	 * customers of its own can't become another's customer: no chains.
	 */
	void associateWith(Client subClient, boolean hasCustomers, Instant now) {
		if (id().equals(subClient.id())) {
			throw new BusinessRuleException("data.subClientId", "A client can't be its own sub-client");
		}
		if (subClient.subClientId != null) {
			throw new BusinessRuleException("data.subClientId",
					"Client " + subClient.id() + " is itself associated with a sub-client, so it can't be one");
		}
		if (hasCustomers) {
			throw new BusinessRuleException("data.subClientId", "Client " + id()
					+ " is a sub-client with customers of its own, so it can't be associated with another");
		}
		this.subClientId = subClient.id();
		touch(now);
	}

	void dissociate(Instant now) {
		this.subClientId = null;
		touch(now);
	}

	/**
	 * The client accepted a contract of the catalogue in the given terms version, now.
	 */
	void acceptContract(String contract, String termsVersion, Instant now) {
		this.contract = new ContractTerms(contract, termsVersion, now);
		touch(now);
	}

	/**
	 * The relationship ended (SPEC 7.5): the client is closed for good, due for no
	 * review, and its personal data is kept for the retention from now (an open
	 * application is ended by the caller).
	 */
	void close(Instant now) {
		requireRelationship("be closed");
		this.closedAt = now;
		this.nextReviewAt = null;
		moveTo(ClientStatus.CLOSED, now);
	}

	/**
	 * Erases what describes the person or company (SPEC 7.5); ids, statuses, decisions
	 * and dates stay. Refused while the relationship is under way: an active, frozen or
	 * pending client is closed first. Returns false when it was erased already.
	 */
	boolean erase(Instant now) {
		if (erasedAt != null) {
			return false;
		}
		if (!status.hasEnded()) {
			throw new ConflictException("Client " + id() + " is " + status.value()
					+ "; only a closed, rejected or declined client can be erased (close the relationship first)");
		}
		this.description = ClientDescription.erased(type);
		this.compliance.erase();
		this.erasedAt = now;
		this.nextReviewAt = null;
		touch(now);
		return true;
	}

	private void requireRelationship(String action) {
		if (erasedAt != null || status == ClientStatus.CLOSED) {
			throw new ConflictException(
					"Client " + id() + " is " + (erasedAt != null ? "erased" : "closed") + " and can't " + action);
		}
	}

	Instant closedAt() {
		return closedAt;
	}

	Instant erasedAt() {
		return erasedAt;
	}

	private boolean moveTo(ClientStatus next, Instant now) {
		boolean moved = status != next;
		status = next;
		touch(now);
		return moved;
	}

	ClientSnapshot snapshot() {
		return new ClientSnapshot(id(), clientNumber, type, status, compliance.kycLevel(), description.fullName(),
				description.identity(), description.profile(), description.attributes(), compliance.riskLevel(),
				compliance.blacklisted(), requestedProvider, applicationId);
	}

	String clientNumber() {
		return clientNumber;
	}

	Instant nextReviewAt() {
		return nextReviewAt;
	}

	String type() {
		return type;
	}

	ClientStatus status() {
		return status;
	}

	ClientDescription description() {
		return description;
	}

	ClientDetails details() {
		return description.details();
	}

	Compliance compliance() {
		return compliance;
	}

	ContractTerms contract() {
		return contract == null ? ContractTerms.NONE : contract;
	}

	String requestedProvider() {
		return requestedProvider;
	}

	UUID subClientId() {
		return subClientId;
	}

	UUID applicationId() {
		return applicationId;
	}

}
