package io.onboarding.orchestrator.client;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.infrastructure.TransactionReads;

/**
 * Shapes clients into their API views, reading what the views need in as few queries as
 * it can.
 */
@Component
class ClientViews {

	/**
	 * What a creation, an update or an account change answers with: the whole profile.
	 */
	static final ClientIncludes WHOLE_PROFILE = new ClientIncludes(true, false, false, false, false);

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	private final ObjectMapper objectMapper;

	private final ClientApplications applications;

	private final ClientVerifications verifications;

	private final ClientScreenings screenings;

	private final ClientConnections connections;

	private final Clients clients;

	private final TransactionReads reads;

	ClientViews(ObjectMapper objectMapper, ClientApplications applications, ClientVerifications verifications,
			ClientScreenings screenings, ClientConnections connections, Clients clients, TransactionReads reads) {
		this.objectMapper = objectMapper;
		this.screenings = screenings;
		this.applications = applications;
		this.verifications = verifications;
		this.connections = connections;
		this.clients = clients;
		this.reads = reads;
	}

	ClientView view(Client client, ClientIncludes includes) {
		if (client.erasedAt() != null) {
			return erased(client);
		}
		return view(client, includes, links(client), screenings.of(client.id()).orElse(null), isSubClient(client.id()));
	}

	/**
	 * A provider verifies a client only for one of its KYC applications, and a client
	 * keeps the id of its latest: one that never had an application has no link, and its
	 * view (a {@code NOT_REQUIRED} creation's two events) does not ask.
	 */
	private ClientVerifications.Links links(Client client) {
		return client.applicationId() == null ? ClientVerifications.Links.NONE : verifications.links(client.id());
	}

	/**
	 * Derived, so it is never stale; read once in a transaction until it adds, removes or
	 * associates a client (a creation's job shows the client in two events, and activates
	 * it in between).
	 */
	private boolean isSubClient(UUID id) {
		return reads.read(new SubClient(id), Set.of("clients.subClientId"), () -> clients.existsBySubClientId(id));
	}

	private record SubClient(UUID clientId) {
	}

	/**
	 * The view of a client stored in the caller's transaction, which nothing else has
	 * touched yet: no provider has verified it, no screening has seen it (both begin
	 * after its onboarding's first save point) and no other client can name it as its
	 * sub-client before it is committed. Three queries fewer on every creation.
	 */
	ClientView viewOfNew(Client client, ClientIncludes includes) {
		return view(client, includes, ClientVerifications.Links.NONE, null, false);
	}

	private ClientView view(Client client, ClientIncludes includes, ClientVerifications.Links links,
			ClientScreenings.Summary screening, boolean isSubClient) {
		ApplicationSummary application = client.applicationId() == null ? null
				: applications.summary(client.applicationId()).orElse(null);
		ClientDescription description = client.description();
		ContractTerms contract = client.contract();
		ClientVerifications.Current verification = links.current();
		List<ClientVerifications.ProviderStatus> providerStatuses = links.history();
		return new ClientView(client.id(), client.clientNumber(), description.fullName(), client.status(),
				kycStatus(client, application, verification), description.identity(), profile(client, includes),
				includes.profile() ? description.addresses() : null,
				description.attributes().isEmpty() ? null : description.attributes(), client.compliance().view(),
				application, verification, providerStatuses.isEmpty() ? null : providerStatuses, screening,
				client.nextReviewAt(), client.subClientId(), subClientName(client), isSubClient, contract.contract(),
				contract.termsVersion(), contract.termsAcceptedAt(), client.closedAt(), null, client.createdAt(),
				client.updatedAt());
	}

	/**
	 * What an erased client still shows (SPEC 7.5): ids, statuses, decisions and dates;
	 * nothing that describes the person or company.
	 */
	private ClientView erased(Client client) {
		ApplicationSummary application = client.applicationId() == null ? null
				: applications.summary(client.applicationId()).orElse(null);
		ContractTerms contract = client.contract();
		return new ClientView(client.id(), client.clientNumber(), null, client.status(),
				kycStatus(client, application, null), null, null, null, null, client.compliance().view(), application,
				null, null, null, null, client.subClientId(), null, isSubClient(client.id()), contract.contract(),
				contract.termsVersion(), contract.termsAcceptedAt(), client.closedAt(), client.erasedAt(),
				client.createdAt(), client.updatedAt());
	}

	List<ClientConnection.View> connections(UUID clientId) {
		return connections.findByClientIdOrderByCreatedAt(clientId).stream().map(ClientConnection::view).toList();
	}

	/** The entries of a list page, with their applications read in one query. */
	List<ClientView.Summary> summaries(List<Client> page) {
		Collection<UUID> applicationIds = page.stream().map(Client::applicationId).filter(Objects::nonNull).toList();
		Map<UUID, ApplicationSummary> summaries = applicationIds.isEmpty() ? Map.of()
				: applications.summaries(applicationIds);
		return page.stream()
			.map(client -> new ClientView.Summary(client.id(), client.clientNumber(), client.status(),
					kycStatus(client, client.applicationId() == null ? null : summaries.get(client.applicationId()),
							null),
					client.erasedAt() != null ? null : client.description().identity(),
					client.erasedAt() != null ? null : profile(client, ClientIncludes.NONE),
					client.erasedAt() != null ? null : client.description().fullName(), client.createdAt()))
			.toList();
	}

	private String subClientName(Client client) {
		return client.subClientId() == null ? null
				: clients.findById(client.subClientId()).map(sub -> sub.description().fullName()).orElse(null);
	}

	/**
	 * SPEC 3.1 and 6.3: the application's decision if it has one; while the client waits
	 * for a verification provider, what the provider's status means; else where the
	 * application stands.
	 */
	private KycStatus kycStatus(Client client, ApplicationSummary application,
			ClientVerifications.Current verification) {
		if (application == null) {
			return KycStatus.NOT_STARTED;
		}
		if (application.decision() == null && client.status() == ClientStatus.PARTNER_REVIEW) {
			ClientVerifications.Current current = verification != null ? verification
					: verifications.current(client.id()).orElse(null);
			if (current != null) {
				return current.kycStatus();
			}
		}
		return application.kycStatus();
	}

	private Map<String, Object> profile(Client client, ClientIncludes includes) {
		Profile profile = client.description().profile();
		Map<String, Object> shown = objectMapper.convertValue(includes.profile() ? profile : profile.withoutAddresses(),
				MAP);
		boolean individual = client.description().identity().isIndividual();
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
