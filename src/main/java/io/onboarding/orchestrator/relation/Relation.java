package io.onboarding.orchestrator.relation;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.api.ConflictException;
import io.onboarding.orchestrator.client.Identity;
import io.onboarding.orchestrator.client.JsonColumns;
import io.onboarding.orchestrator.client.Profile;
import io.onboarding.orchestrator.client.RiskLevel;
import io.onboarding.orchestrator.infrastructure.TrackedRecord;
import io.onboarding.orchestrator.infrastructure.WireValue;
import jakarta.persistence.Converter;

/**
 * A related party of a corporate client: a director, shareholder or authorized person.
 */
@Entity
@Table(name = "relations")
class Relation extends TrackedRecord {

	/** Where the party's screening stands (SPEC 4 {@code screening.status}). */
	enum ScreeningStatus implements WireValue {

		PENDING_REVIEW, CLEAR, HIT, ACCEPTED, REJECTED;

		@Converter(autoApply = true)
		static class Column extends WireValue.Column<ScreeningStatus> {

			Column() {
				super(ScreeningStatus.class);
			}

		}

	}

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
	private ScreeningStatus screeningStatus;

	@Column(name = "screening_risk_level")
	private RiskLevel screeningRiskLevel;

	@Column(name = "screening_reasons")
	private String screeningReasons;

	@Column(name = "screened_by")
	private String screenedBy;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	protected Relation() {
	}

	Relation(UUID id, UUID clientId, RelationInput input, Instant now) {
		super(id, now);
		this.clientId = clientId;
		this.type = input.identity().type();
		this.screeningStatus = ScreeningStatus.PENDING_REVIEW;
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
		touch(now);
	}

	/** Screening's verdict: clear at low risk, else a hit that waits for an officer. */
	void screened(RiskLevel riskLevel, List<String> reasons, Instant now) {
		this.screeningStatus = riskLevel == RiskLevel.LOW ? ScreeningStatus.CLEAR : ScreeningStatus.HIT;
		this.screeningRiskLevel = riskLevel;
		this.screeningReasons = reasons.isEmpty() ? null : String.join(",", reasons);
		touch(now);
	}

	boolean isClear() {
		return screeningStatus == ScreeningStatus.CLEAR;
	}

	/** An officer's verdict on a hit. */
	void reviewed(boolean accepted, String actor, Instant now) {
		if (screeningStatus != ScreeningStatus.HIT) {
			throw new ConflictException(
					"Related party " + id() + " is " + screeningStatus.value() + "; only a hit is reviewed");
		}
		this.screeningStatus = accepted ? ScreeningStatus.ACCEPTED : ScreeningStatus.REJECTED;
		this.screenedBy = actor;
		touch(now);
	}

	void delete(Instant now) {
		this.deletedAt = now;
		touch(now);
	}

	RelationView view() {
		return new RelationView(id(), clientId, relation, identity, profile, attributes, fullName,
				new RelationView.Screening(screeningStatus.value(), screeningRiskLevel,
						screeningReasons == null ? List.of() : Arrays.asList(screeningReasons.split(",")), screenedBy),
				createdAt(), updatedAt());
	}

	RelationInput input() {
		return new RelationInput(relation, identity, profile, attributes);
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
