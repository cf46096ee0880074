package io.onboarding.orchestrator.client;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Shapes clients into their API views, reading what the views need in as few queries as
 * it can.
 */
@Component
class ClientViews {

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	private final ObjectMapper objectMapper;

	private final ClientApplications applications;

	private final ClientConnections connections;

	private final Clients clients;

	ClientViews(ObjectMapper objectMapper, ClientApplications applications, ClientConnections connections,
			Clients clients) {
		this.objectMapper = objectMapper;
		this.applications = applications;
		this.connections = connections;
		this.clients = clients;
	}

	ClientView view(Client client, ClientIncludes includes) {
		ApplicationSummary application = client.applicationId() == null ? null
				: applications.summary(client.applicationId()).orElse(null);
		return new ClientView(client.id(), client.clientNumber(), client.fullName(), client.status().value(),
				kycStatus(application), client.identity(), profile(client, includes),
				includes.profile() ? client.addresses() : null,
				client.attributes().isEmpty() ? null : client.attributes(),
				new ClientView.Compliance(client.kycLevel(), client.riskLevel(), client.blacklisted(),
						client.blacklistedComment(), client.blocked(), client.kycNote()),
				application, client.subClientId(), subClientName(client),
				// derived at every read, so it is never stale
				clients.existsBySubClientId(client.id()), client.contract(), client.termsVersion(),
				client.termsAcceptedAt(), client.createdAt(), client.updatedAt());
	}

	List<ClientConnection.View> connections(UUID clientId) {
		return connections.findByClientIdOrderByCreatedAt(clientId).stream().map(ClientConnection::view).toList();
	}

	/** The entries of a list page, with their applications read in one query. */
	List<ClientView.Summary> summaries(List<Client> clients) {
		Collection<UUID> applicationIds = clients.stream().map(Client::applicationId).filter(Objects::nonNull).toList();
		Map<UUID, ApplicationSummary> summaries = applicationIds.isEmpty() ? Map.of()
				: applications.summaries(applicationIds);
		return clients.stream()
			.map(client -> new ClientView.Summary(client.id(), client.clientNumber(), client.status().value(),
					kycStatus(client.applicationId() == null ? null : summaries.get(client.applicationId())),
					client.identity(), profile(client, ClientIncludes.NONE), client.fullName(), client.createdAt()))
			.toList();
	}

	private String subClientName(Client client) {
		return client.subClientId() == null ? null
				: clients.findById(client.subClientId()).map(Client::fullName).orElse(null);
	}

	private static String kycStatus(ApplicationSummary application) {
		return application == null ? "not_started" : application.kycStatus();
	}

	private Map<String, Object> profile(Client client, ClientIncludes includes) {
		Profile profile = client.profile();
		Map<String, Object> shown = objectMapper.convertValue(includes.profile() ? profile : profile.withoutAddresses(),
				MAP);
		boolean individual = client.identity().isIndividual();
		if (includes.primaryAddress() && profile.primaryAddress() != null) {
			shown.put("primaryAddress", profile.primaryAddress());
		}
		if (includes.residentialAddress() && individual && profile.residentialAddress() != null) {
			shown.put("residentialAddress", profile.residentialAddress());
		}
		if (includes.registrationAddress() && !individual && profile.registrationAddress() != null) {
			shown.put("registrationAddress", profile.registrationAddress());
		}
		return shown;
	}

}
