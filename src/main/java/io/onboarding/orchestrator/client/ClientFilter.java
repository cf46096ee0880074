package io.onboarding.orchestrator.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;

import io.onboarding.orchestrator.api.Violations;
import io.onboarding.orchestrator.infrastructure.WireValue;

/**
 * The filters of {@code GET /clients}, checked: a bad value is a 400 naming the
 * parameter.
 */
record ClientFilter(ClientStatus status, String type, String search, UUID subClientId, Instant createdFrom,
		Instant createdToExclusive) {

	private static final Pattern CLIENT_NUMBER = Pattern.compile("\\d{8}");

	private static final int SEARCH_MAX = 200;

	/**
	 * Adds what is wrong to the violations; the caller reports them together with the
	 * paging ones.
	 */
	static ClientFilter parse(Violations v, String status, String type, String search, String subClientId,
			String createdFrom, String createdTo) {
		ClientStatus parsedStatus = null;
		if (status != null) {
			parsedStatus = WireValue.find(ClientStatus.class, status).orElse(null);
			if (parsedStatus == null) {
				v.add("status", "must be one of " + String.join(", ", WireValue.values(ClientStatus.class)));
			}
		}
		v.oneOf("type", type, PartyRules.TYPES);
		String term = search == null || search.isBlank() ? null : search.trim();
		v.maxLength("search", term, SEARCH_MAX);
		UUID subClient = null;
		if (subClientId != null) {
			try {
				subClient = UUID.fromString(subClientId);
			}
			catch (IllegalArgumentException e) {
				v.add("subClientId", "must be a UUID");
			}
		}
		Instant from = instant(v, "createdFrom", createdFrom, false);
		Instant to = instant(v, "createdTo", createdTo, true);
		if (from != null && to != null && !from.isBefore(to)) {
			v.add("createdTo", "must be after createdFrom");
		}
		return new ClientFilter(parsedStatus, type, term, subClient, from, to);
	}

	/**
	 * An RFC 3339 timestamp, or a date meaning its first instant in UTC; for an upper
	 * bound a date includes the whole day.
	 */
	private static Instant instant(Violations v, String name, String value, boolean upperBound) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			Instant instant = OffsetDateTime.parse(value).toInstant();
			return upperBound ? instant.plusNanos(1000) : instant;
		}
		catch (DateTimeParseException notATimestamp) {
			try {
				LocalDate date = LocalDate.parse(value);
				return (upperBound ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException notADate) {
				v.add(name, "must be an RFC 3339 timestamp or an ISO date");
				return null;
			}
		}
	}

	/**
	 * Whether only status and type filter: then the kept counts give the total (see
	 * ClientCounts).
	 */
	boolean countedByStatusAndType() {
		return search == null && subClientId == null && createdFrom == null && createdToExclusive == null;
	}

	Specification<Client> specification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (status != null) {
				predicates.add(cb.equal(root.get("status"), status));
			}
			if (type != null) {
				predicates.add(cb.equal(root.get("type"), type));
			}
			if (subClientId != null) {
				predicates.add(cb.equal(root.get("subClientId"), subClientId));
			}
			if (createdFrom != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("createdAt"), createdFrom));
			}
			if (createdToExclusive != null) {
				predicates.add(cb.lessThan(root.get("createdAt"), createdToExclusive));
			}
			if (search != null) {
				predicates.add(searchPredicate(root, cb));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private Predicate searchPredicate(Root<Client> root, CriteriaBuilder cb) {
		if (CLIENT_NUMBER.matcher(search).matches()) {
			return cb.equal(root.get("clientNumber"), search);
		}
		String pattern = "%" + escapeLike(ClientDescription.searchable(search)) + "%";
		return cb.or(cb.like(root.get("description").get("searchName"), pattern, '\\'),
				cb.like(root.get("description").get("searchEmail"), pattern, '\\'));
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
