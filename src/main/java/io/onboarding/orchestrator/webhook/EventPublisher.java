package io.onboarding.orchestrator.webhook;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records webhook events. It only joins a transaction that is already running, so an event exists
 * exactly when the change that raised it was committed.
 */
@Service
public class EventPublisher {

    private final WebhookEvents events;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    EventPublisher(WebhookEvents events, ObjectMapper objectMapper, Clock clock) {
        this.events = events;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /**
     * Records {@code {"webhook": {module, type}, "data": ..., "connect": ..., "metadata": {}}}.
     *
     * @param clientId the client the event concerns, which orders its deliveries; may be null
     * @return the event's id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID publish(String module, String type, UUID clientId, Map<String, Object> data,
            Map<String, Object> connect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("webhook", Map.of("module", module, "type", type));
        body.put("data", data == null ? Map.of() : data);
        body.put("connect", connect == null ? Map.of() : connect);
        body.put("metadata", Map.of());
        UUID id = UUID.randomUUID();
        events.save(new WebhookEvent(id, module, type, clientId, json(body), clock.instant()));
        return id;
    }

    private String json(Map<String, Object> body) {
        try {
            return objectMapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event body could not be written as JSON", e);
        }
    }
}
