package io.onboarding.orchestrator.application;

import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.client.ClientDirectory;

/**
 * The client as the API shows it now, as JSON: kept with each decision on its
 * application, so that the case file shows the client as it was when the decision was
 * taken (SPEC 7.4), not only as it is.
 */
@Component
class ClientSnapshots {

	private final ClientDirectory clients;

	private final ObjectMapper objectMapper;

	ClientSnapshots(ClientDirectory clients, ObjectMapper objectMapper) {
		this.clients = clients;
		this.objectMapper = objectMapper;
	}

	String of(UUID clientId) {
		try {
			return objectMapper.writeValueAsString(clients.view(clientId));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Client " + clientId + " could not be written as JSON", e);
		}
	}

}
