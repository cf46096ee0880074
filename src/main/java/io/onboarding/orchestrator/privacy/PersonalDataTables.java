package io.onboarding.orchestrator.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.infrastructure.TransactionReads;
import io.onboarding.orchestrator.webhook.EventPublisher;

/**
 * Every table of the service's own that keeps a client's personal data beside its record
 * (SPEC 7.5), in one place, so that a new one is added here or the erasure test's scan of
 * the whole database fails. What identifies a record (ids, statuses, decisions, dates,
 * codes) stays; names, dates of birth, addresses, documents, contact data, attributes and
 * free text go. The client's own row, its screening parties and the engine's history are
 * erased by their owners ({@code ClientLifecycle}, {@code Screening},
 * {@link EngineHistory}).
 */
@Component
class PersonalDataTables {

	private final JdbcTemplate jdbc;

	private final ObjectMapper objectMapper;

	private final TransactionReads reads;

	PersonalDataTables(JdbcTemplate jdbc, ObjectMapper objectMapper, TransactionReads reads) {
		this.jdbc = jdbc;
		this.objectMapper = objectMapper;
		this.reads = reads;
	}

	void erase(UUID clientId, Instant erasedAt) {
		// related parties: who they are goes, their role and screening outcome stay
		jdbc.update("UPDATE relations SET full_name = '', identity = '{\"type\":\"' || type || '\"}', profile = NULL, "
				+ "attributes = NULL WHERE client_id = ?", clientId);
		// the client's users, unless they are another client's users too
		jdbc.update("UPDATE users SET email = 'erased-' || CAST(id AS VARCHAR(36)), "
				+ "email_normalized = 'erased-' || CAST(id AS VARCHAR(36)), identity = '{}' "
				+ "WHERE id IN (SELECT user_id FROM user_client_relations WHERE client_id = ?) "
				+ "AND NOT EXISTS (SELECT 1 FROM user_client_relations other WHERE other.user_id = users.id "
				+ "AND other.client_id <> ?)", clientId, clientId);
		// officers' and integrators' free text may name the person; outcomes and actors
		// stay
		jdbc.update("UPDATE applications SET reason = NULL WHERE client_id = ?", clientId);
		jdbc.update("UPDATE application_decisions SET reason = NULL, client_snapshot = NULL WHERE application_id IN "
				+ "(SELECT id FROM applications WHERE client_id = ?)", clientId);
		jdbc.update("UPDATE compliance_changes SET blacklisted_comment = NULL, kyc_note = NULL WHERE client_id = ?",
				clientId);
		jdbc.update("UPDATE migrations SET source_client = NULL, errors = NULL, reason = NULL WHERE client_id = ?",
				clientId);
		// the provider's link and what its callbacks carried (Persona sends names and
		// dates)
		jdbc.update("UPDATE verifications SET url = NULL WHERE client_id = ?", clientId);
		reads.written("verifications");
		jdbc.update(
				"UPDATE provider_callbacks SET payload = '{}' WHERE verification_id IN "
						+ "(SELECT id FROM verifications WHERE client_id = ?) OR external_user_id = ?",
				clientId, clientId.toString());
		// a stored answer to a retried request shows the client as it was
		jdbc.update("DELETE FROM idempotency_keys WHERE response_body LIKE ?", "%" + clientId + "%");
		eraseEventPayloads(clientId, erasedAt);
	}

	/**
	 * Webhook payloads are kept for redelivery: each of the client's events keeps its
	 * type and says the data was erased; {@code clients/erased} itself holds nothing to
	 * erase, nor does an event recorded without a body (no endpoint was subscribed).
	 */
	private void eraseEventPayloads(UUID clientId, Instant erasedAt) {
		// JDBC finds a column by its name in any case (H2 names them in upper case)
		List<ErasedEvent> events = jdbc.query("SELECT id, module, type FROM webhook_events "
				+ "WHERE client_id = ? AND payload IS NOT NULL AND NOT (module = 'clients' AND type = 'erased')",
				(rs, row) -> new ErasedEvent(rs.getObject("id", UUID.class), rs.getString("module"),
						rs.getString("type")),
				clientId);
		for (ErasedEvent event : events) {
			Map<String, Object> body = EventPublisher.body(event.module(), event.type(),
					Map.of("erased", Map.of("clientId", clientId.toString(), "erasedAt", erasedAt.toString())),
					Map.of());
			jdbc.update("UPDATE webhook_events SET payload = ? WHERE id = ?", json(body), event.id());
		}
	}

	private record ErasedEvent(UUID id, String module, String type) {
	}

	private String json(Object value) {
		try {
			return objectMapper.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("An erased event could not be written", e);
		}
	}

}
