package io.onboarding.orchestrator.screening;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.api.ConflictException;
import io.onboarding.orchestrator.infrastructure.TrackedRecord;
import io.onboarding.orchestrator.infrastructure.WireValue;

/**
 * A party that matched a list entry, with the evidence (list version, names, feature
 * scores), and what officers decided of it. A hit found while an application is open
 * ({@code onboarding}) is weighed in that application's review; a hit on an active client
 * ({@code ongoing}) has a review of its own, where a true match needs a second officer.
 */
@Entity
@Table(name = "screening_hits")
class Hit extends TrackedRecord {

	enum Status implements WireValue {

		OPEN, AWAITING_CONFIRMATION, TRUE_MATCH, FALSE_POSITIVE, CLOSED;

		boolean isOpen() {
			return this == OPEN || this == AWAITING_CONFIRMATION;
		}

		@jakarta.persistence.Converter(autoApply = true)
		static class Column extends WireValue.Column<Status> {

			Column() {
				super(Status.class);
			}

		}

	}

	enum Context implements WireValue {

		ONBOARDING, ONGOING;

		@jakarta.persistence.Converter(autoApply = true)
		static class Column extends WireValue.Column<Context> {

			Column() {
				super(Context.class);
			}

		}

	}

	/** What an officer says of a hit. */
	enum Outcome implements WireValue {

		TRUE_MATCH, FALSE_POSITIVE

	}

	@Column(name = "party_id", nullable = false, updatable = false)
	private UUID partyId;

	@Column(name = "client_id", nullable = false, updatable = false)
	private UUID clientId;

	@Column(name = "party_kind", nullable = false, updatable = false)
	private String partyKind;

	@Column(name = "party_caption", nullable = false)
	private String partyCaption;

	@Column(name = "party_fingerprint", nullable = false, updatable = false)
	private String partyFingerprint;

	@Column(name = "list_name", nullable = false, updatable = false)
	private String listName;

	@Column(name = "list_version", nullable = false, updatable = false)
	private int listVersion;

	@Column(name = "entry_id", nullable = false, updatable = false)
	private String entryId;

	@Column(name = "entry_caption", nullable = false, updatable = false)
	private String entryCaption;

	@Column(name = "entry_fingerprint", nullable = false, updatable = false)
	private String entryFingerprint;

	@Column(nullable = false, updatable = false)
	private String topics;

	@Column(nullable = false, updatable = false)
	private BigDecimal score;

	@Column(nullable = false, updatable = false)
	private String features;

	@Column(nullable = false, updatable = false)
	private Context context;

	@Column(name = "application_id", updatable = false)
	private UUID applicationId;

	@Column(nullable = false)
	private Status status;

	@Column(name = "first_outcome")
	private String firstOutcome;

	@Column(name = "first_by")
	private String firstBy;

	@Column(name = "first_reason")
	private String firstReason;

	@Column(name = "first_at")
	private Instant firstAt;

	@Column(name = "decided_by")
	private String decidedBy;

	private String reason;

	@Column(name = "decided_at")
	private Instant decidedAt;

	protected Hit() {
	}

	Hit(UUID id, ScreenedParty party, String partyFingerprint, String listName, int listVersion, String entryId,
			String entryCaption, String entryFingerprint, String topics, double score, String features, Context context,
			UUID applicationId, Instant now) {
		super(id, now);
		this.partyId = party.id();
		this.clientId = party.clientId();
		this.partyKind = party.kind().value();
		this.partyCaption = truncate(party.caption(), 1000);
		this.partyFingerprint = partyFingerprint;
		this.listName = listName;
		this.listVersion = listVersion;
		this.entryId = entryId;
		this.entryCaption = truncate(entryCaption, 1000);
		this.entryFingerprint = entryFingerprint;
		this.topics = topics;
		this.score = BigDecimal.valueOf(score);
		this.features = features;
		this.context = context;
		this.applicationId = applicationId;
		this.status = Status.OPEN;
	}

	/**
	 * An officer's decision. A false positive needs a reason and closes the hit; a true
	 * match waits for a second officer, who confirms it (true match again) or finds it a
	 * false positive after all. The same officer can't decide twice.
	 */
	void decide(Outcome outcome, String reason, String actor, Instant now) {
		if (context != Context.ONGOING) {
			throw new ConflictException("Hit " + id() + " is decided in the review of its application");
		}
		if (!status.isOpen()) {
			throw new ConflictException("Hit " + id() + " is " + status.value() + " and can't be decided again");
		}
		boolean hasReason = reason != null && !reason.isBlank();
		if (outcome == Outcome.FALSE_POSITIVE && !hasReason) {
			throw new BusinessRuleException("data.reason", "A false positive needs a reason");
		}
		if (status == Status.AWAITING_CONFIRMATION && actor.equals(firstBy)) {
			throw new BusinessRuleException("data.decision",
					"A true match is confirmed by another officer than the one who found it (" + firstBy + ")");
		}
		if (status == Status.OPEN && outcome == Outcome.TRUE_MATCH) {
			this.status = Status.AWAITING_CONFIRMATION;
			this.firstOutcome = outcome.value();
			this.firstBy = actor;
			this.firstReason = reason;
			this.firstAt = now;
		}
		else {
			this.status = outcome == Outcome.TRUE_MATCH ? Status.TRUE_MATCH : Status.FALSE_POSITIVE;
			this.decidedBy = actor;
			this.reason = reason;
			this.decidedAt = now;
		}
		touch(now);
	}

	/**
	 * The application this hit was found in ended: approved, the officers judged the hit
	 * a false positive; otherwise it closes with the application.
	 */
	void applicationEnded(boolean approved, String actor, String why, Instant now) {
		if (context != Context.ONBOARDING || !status.isOpen()) {
			return;
		}
		this.status = approved ? Status.FALSE_POSITIVE : Status.CLOSED;
		this.decidedBy = actor;
		this.reason = why;
		this.decidedAt = now;
		touch(now);
	}

	/**
	 * Whether this hit stands for the same party and entry as a new match, so that the
	 * match raises nothing: still open or confirmed; or judged a false positive while
	 * neither changed.
	 */
	boolean covers(String partyFingerprint, String entryFingerprint) {
		return switch (status) {
			case OPEN, AWAITING_CONFIRMATION, TRUE_MATCH -> true;
			case FALSE_POSITIVE ->
				this.partyFingerprint.equals(partyFingerprint) && this.entryFingerprint.equals(entryFingerprint);
			case CLOSED -> false;
		};
	}

	/**
	 * One line for a form: "Viktor Sanctionov (sample-sanctions 3, entry s-1, sanction):
	 * score 0.97 (name 1.0, sound 1.0, birth date +0.05, country 0.0)".
	 */
	String describe() {
		String evidence = features;
		try {
			var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(features);
			evidence = "name " + node.path("name").asText() + ", sound " + node.path("phonetic").asText()
					+ ", birth date " + signed(node.path("birthDate").asDouble()) + ", country "
					+ signed(node.path("country").asDouble())
					+ (node.path("identifier").asBoolean() ? ", same identifier" : "");
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			// the stored JSON as it is
		}
		return entryCaption + " (" + listName + " " + listVersion + ", entry " + entryId + ", " + topics + "): score "
				+ score.stripTrailingZeros().toPlainString() + " (" + evidence + "), " + status.value();
	}

	private static String signed(double value) {
		return value > 0 ? "+" + value : Double.toString(value);
	}

	UUID partyId() {
		return partyId;
	}

	UUID clientId() {
		return clientId;
	}

	Status status() {
		return status;
	}

	Context context() {
		return context;
	}

	UUID applicationId() {
		return applicationId;
	}

	String listName() {
		return listName;
	}

	String entryId() {
		return entryId;
	}

	HitView view(com.fasterxml.jackson.databind.ObjectMapper objectMapper) {
		try {
			return new HitView(id(), clientId, partyId, partyKind, partyCaption, listName, listVersion, entryId,
					entryCaption, java.util.Arrays.asList(topics.split(",")), score.doubleValue(),
					objectMapper.readTree(features), context.value(), applicationId, status.value(),
					firstBy == null ? null : new HitView.Step(firstOutcome, firstBy, firstReason, firstAt),
					decidedBy == null ? null
							: new HitView.Step(
									status == Status.TRUE_MATCH ? "true_match"
											: status == Status.FALSE_POSITIVE ? "false_positive" : "closed",
									decidedBy, reason, decidedAt),
					createdAt(), updatedAt());
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String truncate(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

}
