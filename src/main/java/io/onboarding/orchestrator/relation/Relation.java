package io.onboarding.orchestrator.relation;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.api.ConflictException;
import io.onboarding.orchestrator.client.Identity;
import io.onboarding.orchestrator.client.JsonColumns;
import io.onboarding.orchestrator.client.Profile;

/**
 * A related party of a corporate client: a director, shareholder or authorized person.
 */
@Entity
@Table(name = "relations")
class Relation {

	static final String PENDING_REVIEW = "pending_review";
	static final String CLEAR = "clear";
	static final String HIT = "hit";
	static final String ACCEPTED = "accepted";
	static final String REJECTED = "rejected";

	@Id
	private UUID id;

	@Column(name = "client_id", nullable = false, updatable = false)
	private UUID clientId;

	@Column(nullable = false)
	private String relation;

	@Column(nullable = false, updatable = false)
	private String type;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Convert(converter = JsonColumns.IdentityColumn.class)
	@Column(nullable = false)
	private Identity identity;

	@Convert(converter = JsonColumns.ProfileColumn.class)
	private Profile profile;

	@Convert(converter = JsonColumns.AttributesColumn.class)
	private Map<String, Object> attributes;

	@Column(name = "screening_status", nullable = false)
	private String screeningStatus;

	@Column(name = "screening_risk_level")
	private String screeningRiskLevel;

	@Column(name = "screening_reasons")
	private String screeningReasons;

	@Column(name = "screened_by")
	private String screenedBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	@Version
	private long version;

	protected Relation() {
	}

	Relation(UUID id, UUID clientId, RelationInput input, Instant now) {
		this.id = id;
		this.clientId = clientId;
		this.type = input.identity().type();
		this.screeningStatus = PENDING_REVIEW;
		this.createdAt = now;
		describe(input, now);
	}

	/**
	 * Replaces what describes the party; a person can't become a company or the other way
	 * round.
	 */
	void describe(RelationInput input, Instant now) {
		if (!type.equals(input.identity().type())) {
			throw new BusinessRuleException("data.clientRelation.identity.type",
					"The identity type of a related party can't change (it is " + type + ")");
		}
		this.relation = input.relation();
		this.identity = input.identity();
		this.profile = input.profile();
		this.attributes = input.attributes() == null || input.attributes().isEmpty() ? null : input.attributes();
		this.fullName = input.identity().fullName();
		this.updatedAt = now;
	}

	/** Screening's verdict: clear, or a hit that waits for an officer. */
	void screened(boolean hit, String riskLevel, List<String> reasons, Instant now) {
		this.screeningStatus = hit ? HIT : CLEAR;
		this.screeningRiskLevel = riskLevel;
		this.screeningReasons = reasons.isEmpty() ? null : String.join(",", reasons);
		this.updatedAt = now;
	}

	/** An officer's verdict on a hit. */
	void reviewed(boolean accepted, String actor, Instant now) {
		if (!HIT.equals(screeningStatus)) {
			throw new ConflictException("Related party " + id + " is " + screeningStatus + "; only a hit is reviewed");
		}
		this.screeningStatus = accepted ? ACCEPTED : REJECTED;
		this.screenedBy = actor;
		this.updatedAt = now;
	}

	void delete(Instant now) {
		this.deletedAt = now;
		this.updatedAt = now;
	}

	RelationView view() {
		return new RelationView(id, clientId, relation, identity, profile, attributes, fullName,
				new RelationView.Screening(screeningStatus, screeningRiskLevel,
						screeningReasons == null ? List.of() : Arrays.asList(screeningReasons.split(",")), screenedBy),
				createdAt, updatedAt);
	}

	RelationInput input() {
		return new RelationInput(relation, identity, profile, attributes);
	}

	UUID id() {
		return id;
	}

	UUID clientId() {
		return clientId;
	}

	Identity identity() {
		return identity;
	}

	Profile profile() {
		return profile;
	}

	Map<String, Object> attributes() {
		return attributes == null ? Map.of() : attributes;
	}

}
