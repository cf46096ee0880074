package io.onboarding.orchestrator.casefile;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the project's own records of one client for its case file, straight from their
 * tables: the case file is a report across every feature, and reading the tables keeps it
 * out of their internals. Each query names its columns as the case file shows them
 * ({@code AS "decidedAt"}); timestamps become instants, the columns that hold JSON become
 * JSON.
 */
@Component
class CaseRecords {

	/** The columns whose text is a JSON document. */
	private static final Set<String> JSON_COLUMNS = Set.of("inputs", "outputs", "features", "client");

	private final JdbcTemplate jdbc;

	private final ObjectMapper objectMapper;

	CaseRecords(JdbcTemplate jdbc, ObjectMapper objectMapper) {
		this.jdbc = jdbc;
		this.objectMapper = objectMapper;
	}

	List<Map<String, Object>> applications(UUID clientId) {
		return rows("SELECT id, kind, status, decision, reason, risk_level AS \"riskLevel\", "
				+ "screening_reasons AS \"screeningReasons\", reviewed_by AS \"reviewedBy\", "
				+ "approved_by AS \"approvedBy\", second_approved_by AS \"secondApprovedBy\", "
				+ "created_at AS \"createdAt\", submitted_at AS \"submittedAt\", decided_at AS \"decidedAt\" "
				+ "FROM applications WHERE client_id = ? ORDER BY created_at, id", clientId);
	}

	List<Map<String, Object>> decisions(UUID applicationId) {
		return rows(
				"SELECT step, outcome, reason, actor, decided_at AS \"decidedAt\", client_snapshot AS \"client\" "
						+ "FROM application_decisions " + "WHERE application_id = ? ORDER BY decided_at, id",
				applicationId);
	}

	List<Map<String, Object>> evaluations(UUID clientId) {
		return rows("SELECT application_id AS \"applicationId\", relation_id AS \"relationId\", "
				+ "decision_key AS \"decisionKey\", decision_name AS \"decisionName\", "
				+ "decision_version AS \"decisionVersion\", activity_id AS \"activityId\", inputs, outputs, "
				+ "evaluated_at AS \"evaluatedAt\" FROM decision_evaluations WHERE client_id = ? "
				+ "ORDER BY evaluated_at, id", clientId);
	}

	List<Map<String, Object>> relations(UUID clientId) {
		return rows("SELECT id, relation, type, full_name AS \"fullName\", screening_status AS \"screeningStatus\", "
				+ "screening_risk_level AS \"riskLevel\", screening_reasons AS \"screeningReasons\", "
				+ "screened_by AS \"screenedBy\", created_at AS \"createdAt\", deleted_at AS \"deletedAt\" "
				+ "FROM relations WHERE client_id = ? ORDER BY created_at, id", clientId);
	}

	List<Map<String, Object>> hits(UUID clientId) {
		return rows("SELECT id, party_kind AS \"partyKind\", party_caption AS \"partyCaption\", "
				+ "list_name AS \"listName\", list_version AS \"listVersion\", entry_id AS \"entryId\", "
				+ "entry_caption AS \"entryCaption\", topics, score, features, context, "
				+ "application_id AS \"applicationId\", status, first_outcome AS \"firstOutcome\", "
				+ "first_by AS \"firstBy\", first_reason AS \"firstReason\", first_at AS \"firstAt\", "
				+ "decided_by AS \"decidedBy\", reason, decided_at AS \"decidedAt\", created_at AS \"createdAt\" "
				+ "FROM screening_hits WHERE client_id = ? ORDER BY created_at, id", clientId);
	}

	List<Map<String, Object>> verifications(UUID clientId) {
		return rows("SELECT id, application_id AS \"applicationId\", provider, applicant_id AS \"applicantId\", "
				+ "status, reject_labels AS \"rejectLabels\", created_at AS \"createdAt\", "
				+ "updated_at AS \"updatedAt\", deleted_at AS \"replacedAt\" FROM verifications "
				+ "WHERE client_id = ? ORDER BY created_at, id", clientId);
	}

	List<Map<String, Object>> callbacks(UUID verificationId) {
		return rows("SELECT event_type AS \"eventType\", occurred_at AS \"occurredAt\", "
				+ "received_at AS \"receivedAt\", outcome FROM provider_callbacks WHERE verification_id = ? "
				+ "ORDER BY received_at, id", verificationId);
	}

	List<Map<String, Object>> complianceChanges(UUID clientId) {
		return rows("SELECT risk_level AS \"riskLevel\", kyc_level AS \"kycLevel\", blacklisted, "
				+ "blacklisted_comment AS \"blacklistedComment\", blocked, kyc_note AS \"kycNote\", closed, actor, "
				+ "changed_at AS \"changedAt\" FROM compliance_changes WHERE client_id = ? ORDER BY changed_at, id",
				clientId);
	}

	List<Map<String, Object>> contracts(UUID clientId) {
		return rows("SELECT contract, terms_version AS \"termsVersion\", accepted_at AS \"acceptedAt\", "
				+ "changed_by AS \"changedBy\" FROM client_contracts WHERE client_id = ? ORDER BY accepted_at, id",
				clientId);
	}

	/** Each event raised about the client, with where it was delivered. */
	List<Map<String, Object>> webhooks(UUID clientId) {
		List<Map<String, Object>> events = rows(
				"SELECT id, module || '.' || type AS \"event\", "
						+ "created_at AS \"createdAt\" FROM webhook_events WHERE client_id = ? ORDER BY created_at, id",
				clientId);
		Map<Object, List<Map<String, Object>>> deliveries = new LinkedHashMap<>();
		for (Map<String, Object> delivery : rows("SELECT event_id AS \"eventId\", endpoint_id AS \"endpointId\", "
				+ "status, attempts, last_status_code AS \"lastStatusCode\", delivered_at AS \"deliveredAt\" "
				+ "FROM webhook_deliveries WHERE client_id = ? ORDER BY seq", clientId)) {
			Object eventId = delivery.remove("eventId");
			deliveries.computeIfAbsent(eventId, id -> new java.util.ArrayList<>()).add(delivery);
		}
		for (Map<String, Object> event : events) {
			event.put("deliveries", deliveries.getOrDefault(event.get("id"), List.of()));
		}
		return events;
	}

	private List<Map<String, Object>> rows(String sql, Object... arguments) {
		return jdbc.queryForList(sql, arguments).stream().map(this::shown).toList();
	}

	private Map<String, Object> shown(Map<String, Object> row) {
		Map<String, Object> shown = new LinkedHashMap<>();
		// H2 (the quick start) names unquoted columns in upper case, PostgreSQL in lower
		row.forEach((column, value) -> {
			String name = column.equals(column.toUpperCase(Locale.ROOT)) ? column.toLowerCase(Locale.ROOT) : column;
			shown.put(name, value(name, value));
		});
		return shown;
	}

	private Object value(String column, Object value) {
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant().toString();
		}
		if (value instanceof OffsetDateTime time) {
			return time.toInstant().toString();
		}
		if (value instanceof UUID id) {
			return id.toString();
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros();
		}
		if (value instanceof String text && JSON_COLUMNS.contains(column)) {
			return json(text);
		}
		return value;
	}

	private JsonNode json(String text) {
		try {
			return objectMapper.readTree(text);
		}
		catch (JsonProcessingException e) {
			return objectMapper.getNodeFactory().textNode(text);
		}
	}

}
