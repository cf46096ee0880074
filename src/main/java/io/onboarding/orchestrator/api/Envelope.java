package io.onboarding.orchestrator.api;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The body of every client, relation, application and migration exchange:
 * {@code {"workflow": {}, "data": {}, "connect": {}, "metadata": {}}}. All four keys are
 * always present.
 */
@JsonPropertyOrder({ "workflow", "data", "connect", "metadata" })
public record Envelope(Map<String, Object> workflow, Map<String, Object> data, Map<String, Object> connect,
		Map<String, Object> metadata) {

	public Envelope {
		workflow = workflow == null ? Map.of() : workflow;
		data = data == null ? Map.of() : data;
		connect = connect == null ? Map.of() : connect;
		metadata = metadata == null ? Map.of() : metadata;
	}

	/** A GET answer: an empty workflow. */
	public static Envelope read(String dataKey, Object value) {
		return new Envelope(Map.of(), single(dataKey, value), Map.of(), Map.of());
	}

	public static Map<String, Object> single(String key, Object value) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(key, value);
		return map;
	}

	public Envelope withConnect(Map<String, Object> connect) {
		return new Envelope(workflow, data, connect, metadata);
	}

	public Envelope withMetadata(Map<String, Object> metadata) {
		return new Envelope(workflow, data, connect, metadata);
	}
}
