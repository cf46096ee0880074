package io.onboarding.orchestrator.client;

import java.text.Normalizer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.onboarding.orchestrator.api.BusinessRuleException;

/**
 * A client of the platform: a natural person or a company. It guards its own status
 * changes.
 */
@Entity
@Table(name = "clients")
public class Client {

	@Id
	private UUID id;

	@Column(name = "client_number", nullable = false, updatable = false)
	private String clientNumber;

	@Column(nullable = false, updatable = false)
	private String type;

	@Column(nullable = false)
	private ClientStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "kyc_level", nullable = false)
	private KycLevel kycLevel;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Column(name = "search_name", nullable = false)
	private String searchName;

	@Column(name = "search_email")
	private String searchEmail;

	@Convert(converter = JsonColumns.IdentityColumn.class)
	@Column(nullable = false)
	private Identity identity;

	@Convert(converter = JsonColumns.ProfileColumn.class)
	@Column(nullable = false)
	private Profile profile;

	@Convert(converter = JsonColumns.AddressesColumn.class)
	private Addresses addresses;

	@Convert(converter = JsonColumns.AttributesColumn.class)
	private Map<String, Object> attributes;

	@Column(name = "risk_level")
	private String riskLevel;

	private boolean blacklisted;

	@Column(name = "blacklisted_comment")
	private String blacklistedComment;

	private boolean blocked;

	@Column(name = "kyc_note")
	private String kycNote;

	@Column(name = "requested_provider")
	private String requestedProvider;

	@Column(name = "sub_client_id")
	private UUID subClientId;

	@Column(name = "application_id")
	private UUID applicationId;

	private String contract;

	@Column(name = "terms_version")
	private String termsVersion;

	@Column(name = "terms_accepted_at")
	private Instant termsAcceptedAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Client() {
	}

	Client(UUID id, String clientNumber, NewClient details, String createdBy, Instant now) {
		this.id = id;
		this.clientNumber = clientNumber;
		this.type = details.details().type();
		this.status = ClientStatus.PENDING;
		this.kycLevel = details.kycLevel();
		this.requestedProvider = details.requestedProvider();
		this.createdBy = createdBy;
		this.createdAt = now;
		describe(details.details(), now);
	}

	/** Replaces what describes the client; the identity type can never change. */
	void describe(ClientDetails details, Instant now) {
		if (!type.equals(details.type())) {
			throw new BusinessRuleException("data.client.identity.type",
					"The identity type of a client can't change (it is " + type + ")");
		}
		this.identity = details.identity();
		this.profile = details.profile();
		this.addresses = details.addresses();
		this.attributes = details.attributes().isEmpty() ? null : new HashMap<>(details.attributes());
		this.fullName = identity.fullName();
		this.searchName = searchable(fullName);
		this.searchEmail = profile.email() == null || profile.email().isBlank() ? null
				: profile.email().toLowerCase(Locale.ROOT);
		this.updatedAt = now;
	}

	/** The client may transact: onboarding ended well. */
	void activate(Instant now) {
		if (status == ClientStatus.FROZEN) {
			return; // blacklisted meanwhile: it stays frozen until an officer lifts the
					// blacklist
		}
		if (status != ClientStatus.PENDING && status != ClientStatus.PARTNER_REVIEW) {
			throw new IllegalStateException("Client " + id + " can't be activated from " + status.value());
		}
		status = ClientStatus.ACTIVE;
		updatedAt = now;
	}

	/**
	 * The onboarding ended without approval: declined by an officer, by screening, or
	 * withdrawn.
	 */
	void rejected(boolean autoDeclined, Instant now) {
		if (status == ClientStatus.FROZEN) {
			return; // a blacklisted client stays frozen whatever its application became
		}
		status = autoDeclined ? ClientStatus.AUTO_DECLINED : ClientStatus.REJECTED;
		updatedAt = now;
	}

	void riskAssessed(String level, Instant now) {
		this.riskLevel = level;
		this.updatedAt = now;
	}

	/**
	 * An officer's compliance change (SPEC 7.3). Returns whether the onboarding status
	 * moved.
	 */
	ComplianceChange changeCompliance(ComplianceUpdate update, Instant now) {
		ClientStatus before = status;
		boolean wasBlacklisted = blacklisted;
		if (update.riskLevel() != null) {
			riskLevel = update.riskLevel();
		}
		if (update.blocked() != null) {
			blocked = update.blocked();
		}
		if (update.kycNote() != null) {
			kycNote = update.kycNote();
		}
		if (update.blacklistedComment() != null) {
			blacklistedComment = update.blacklistedComment();
		}
		if (Boolean.TRUE.equals(update.blacklisted()) && !wasBlacklisted) {
			if (blacklistedComment == null || blacklistedComment.isBlank()) {
				throw new BusinessRuleException("data.blacklistedComment", "Blacklisting needs a comment");
			}
			blacklisted = true;
			status = ClientStatus.FROZEN;
		}
		else if (Boolean.FALSE.equals(update.blacklisted()) && wasBlacklisted) {
			blacklisted = false;
			status = ClientStatus.PENDING;
		}
		updatedAt = now;
		return new ComplianceChange(before != status, !wasBlacklisted && blacklisted, wasBlacklisted && !blacklisted);
	}

	/** A KYC application is open for the client; it waits for its decision. */
	void applicationOpened(UUID applicationId, Instant now) {
		if (status == ClientStatus.FROZEN) {
			throw new IllegalStateException("Client " + id + " is frozen; no application can open");
		}
		this.applicationId = applicationId;
		this.status = ClientStatus.PENDING;
		this.updatedAt = now;
	}

	/**
	 * Acts as a customer of the given sub-client (the rules are checked by the service,
	 * which sees both).
	 */
	void associateWith(UUID subClient, Instant now) {
		if (id.equals(subClient)) {
			throw new BusinessRuleException("data.subClientId", "A client can't be its own sub-client");
		}
		this.subClientId = subClient;
		this.updatedAt = now;
	}

	void dissociate(Instant now) {
		this.subClientId = null;
		this.updatedAt = now;
	}

	/**
	 * The client accepted a contract of the catalogue in the given terms version, now.
	 */
	void acceptContract(String contract, String termsVersion, Instant now) {
		this.contract = contract;
		this.termsVersion = termsVersion;
		this.termsAcceptedAt = now;
		this.updatedAt = now;
	}

	/** Lower case without accents, so that "ozel" finds "Özel". */
	static String searchable(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	public UUID id() {
		return id;
	}

	public String clientNumber() {
		return clientNumber;
	}

	public String type() {
		return type;
	}

	public ClientStatus status() {
		return status;
	}

	public KycLevel kycLevel() {
		return kycLevel;
	}

	public String fullName() {
		return fullName;
	}

	public Identity identity() {
		return identity;
	}

	public Profile profile() {
		return profile;
	}

	public Addresses addresses() {
		return addresses;
	}

	/** What describes the client, as an update starts from. */
	public ClientDetails details() {
		return new ClientDetails(identity, profile, addresses, attributes);
	}

	public Map<String, Object> attributes() {
		return attributes == null ? Map.of() : Map.copyOf(attributes);
	}

	public String riskLevel() {
		return riskLevel;
	}

	public boolean blacklisted() {
		return blacklisted;
	}

	public String blacklistedComment() {
		return blacklistedComment;
	}

	public boolean blocked() {
		return blocked;
	}

	public String kycNote() {
		return kycNote;
	}

	public String requestedProvider() {
		return requestedProvider;
	}

	public UUID subClientId() {
		return subClientId;
	}

	public UUID applicationId() {
		return applicationId;
	}

	public String contract() {
		return contract;
	}

	public String termsVersion() {
		return termsVersion;
	}

	public Instant termsAcceptedAt() {
		return termsAcceptedAt;
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public long version() {
		return version;
	}

}
