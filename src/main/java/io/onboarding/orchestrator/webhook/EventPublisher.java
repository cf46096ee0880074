package io.onboarding.orchestrator.webhook;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records webhook events and their deliveries. It only joins a transaction that is
 * already running, so an event exists exactly when the change that raised it was
 * committed: a rollback sends nothing, a crash after commit loses nothing.
 */
@Service
public class EventPublisher {

	private final JdbcTemplate jdbc;

	private final WebhookEndpoints endpoints;

	private final DeliverySignal signal;

	private final ObjectMapper objectMapper;

	private final Clock clock;

	EventPublisher(JdbcTemplate jdbc, WebhookEndpoints endpoints, DeliverySignal signal, ObjectMapper objectMapper,
			Clock clock) {
		this.jdbc = jdbc;
		this.endpoints = endpoints;
		this.signal = signal;
		this.objectMapper = objectMapper;
		this.clock = clock;
	}

	/**
	 * Records the event and one delivery for every endpoint subscribed to it, with its
	 * body {@code {"webhook": {module, type}, "data": ..., "connect": ..., "metadata":
	 * {}}} as the change left it. An event no endpoint is subscribed to is recorded
	 * without a body: it is kept only for redelivery, and there is nothing to deliver.
	 * @param clientId the client the event concerns, which orders its deliveries; may be
	 * null
	 * @param data the event's data, asked for only when an endpoint is subscribed (a
	 * client's view is most of an event's cost)
	 * @return the event's id, which is the {@code webhook-id} of its deliveries
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID publish(String module, String type, UUID clientId, Supplier<Map<String, Object>> data,
			Map<String, Object> connect) {
		String name = EventTypes.name(module, type);
		List<UUID> subscribed = endpoints.subscribedTo(name);
		String payload = subscribed.isEmpty() ? null : json(body(module, type, data.get(), connect));
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		jdbc.update(
				"INSERT INTO webhook_events (id, module, type, client_id, payload, created_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?)",
				id, module, type, clientId,
				// typed, so that a null needs no round trip to learn the column's type
				new SqlParameterValue(Types.VARCHAR, payload), Timestamp.from(now));
		for (UUID endpoint : subscribed) {
			jdbc.update(
					"INSERT INTO webhook_deliveries (id, event_id, endpoint_id, client_id, event_type, status, "
							+ "attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)",
					UUID.randomUUID(), id, endpoint, clientId, name, Deliveries.PENDING, Timestamp.from(now),
					Timestamp.from(now));
		}
		if (!subscribed.isEmpty()) {
			signal.wakeUpAfterCommit();
		}
		return id;
	}

	/**
	 * An event's body as SPEC 8 gives it: {@code {"webhook": {module, type}, "data": ...,
	 * "connect": ..., "metadata": {}}}.
	 */
	public static Map<String, Object> body(String module, String type, Map<String, Object> data,
			Map<String, Object> connect) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("webhook", Map.of("module", module, "type", type));
		body.put("data", data == null ? Map.of() : data);
		body.put("connect", connect == null ? Map.of() : connect);
		body.put("metadata", Map.of());
		return body;
	}

	private String json(Map<String, Object> body) {
		try {
			return objectMapper.writeValueAsString(body);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("An event body could not be written as JSON", e);
		}
	}

}
