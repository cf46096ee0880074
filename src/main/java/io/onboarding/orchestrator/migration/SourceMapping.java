package io.onboarding.orchestrator.migration;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.onboarding.orchestrator.api.FieldError;
import io.onboarding.orchestrator.api.JsonPaths;
import io.onboarding.orchestrator.client.Addresses;
import io.onboarding.orchestrator.client.ClientDetails;
import io.onboarding.orchestrator.client.ClientRules;
import io.onboarding.orchestrator.client.ClientDirectory;
import io.onboarding.orchestrator.client.ProviderConnections;
import io.onboarding.orchestrator.client.Identity;
import io.onboarding.orchestrator.client.Profile;
import io.onboarding.orchestrator.client.ReservedAttributes;
import io.onboarding.orchestrator.provider.ProviderSettings;
import io.onboarding.orchestrator.provider.SourceClient;
import io.onboarding.orchestrator.api.Violations;

/**
 * Maps a provider's client onto ours and checks it with the rules of a direct creation;
 * field errors are named by their path in the provider's answer
 * ({@code data.client.identity.givenName}). Relations and the provider's own ids, numbers
 * and statuses are not taken over.
 */
@Component
class SourceMapping {

	private static final String CLIENT = "data.client";

	private final ObjectMapper objectMapper;

	private final ProviderSettings providers;

	private final ProviderConnections connections;

	private final ClientDirectory clients;

	SourceMapping(ObjectMapper objectMapper, ProviderSettings providers, ProviderConnections connections,
			ClientDirectory clients) {
		this.objectMapper = objectMapper;
		this.providers = providers;
		this.connections = connections;
		this.clients = clients;
	}

	/** The provider's answer as a client to store, or what is wrong with it. */
	Mapped map(String provider, String sourceId, SourceClient source) {
		if (source == null) {
			// only when a step after the fetch is restarted before the fetch has run
			return Mapped.invalid(List.of(new FieldError(CLIENT, "was not fetched from the provider yet")));
		}
		SourceFields fields;
		try {
			fields = objectMapper.treeToValue(source.client(), SourceFields.class);
		}
		catch (JsonMappingException e) {
			String path = JsonPaths.of(e);
			return Mapped.invalid(List
				.of(new FieldError(path.isEmpty() ? CLIENT : CLIENT + "." + path, "has a value of the wrong type")));
		}
		catch (JsonProcessingException e) {
			return Mapped.invalid(List.of(new FieldError(CLIENT, "is not a client")));
		}
		ClientDetails details = new ClientDetails(fields.identity(), fields.profile(), fields.addresses(),
				fields.attributes());
		Violations v = new Violations();
		ClientRules.validate(v, CLIENT, details, ReservedAttributes.RAILSBANK.equals(provider));
		Optional<UUID> earlier = connections.connectedTo(provider, sourceId);
		if (v.isEmpty() && earlier.isPresent()) {
			String type = clients.snapshot(earlier.get()).type();
			if (!type.equals(details.type())) {
				v.add(CLIENT + ".identity.type",
						"the client migrated from this source before is " + type + "; a client's type can't change");
			}
		}
		if (!v.isEmpty()) {
			return Mapped.invalid(v.errors());
		}
		return new Mapped(details, isVerified(provider, source), earlier.orElse(null), List.of());
	}

	/**
	 * Verified at the source: its KYC status is approved, or (a service provider's
	 * client) its status is one the provider's {@code verified-statuses} name.
	 */
	private boolean isVerified(String provider, SourceClient source) {
		if ("approved".equalsIgnoreCase(source.kycStatus())) {
			return true;
		}
		return providers.isConfigured(provider) && source.status() != null
				&& providers.provider(provider).verifiedStatuses().contains(source.status().toLowerCase(Locale.ROOT));
	}

	/** The parts of a provider's client that are taken over. */
	record SourceFields(Identity identity, Profile profile, Addresses addresses, Map<String, Object> attributes) {

		@Override
		public String toString() {
			return "SourceFields[...]";
		}
	}

	/**
	 * The client to store, whether the provider verified it already, and the client
	 * migrated from this source before ({@code null} when none) as the mapping found it;
	 * or the errors that stop the migration.
	 */
	record Mapped(ClientDetails details, boolean verified, UUID earlier, List<FieldError> errors) {

		static Mapped invalid(List<FieldError> errors) {
			return new Mapped(null, false, null, errors);
		}

		/** The client's data stays out of log lines and exception messages. */
		@Override
		public String toString() {
			return "Mapped[verified=" + verified + ", earlier=" + earlier + ", errors=" + errors + "]";
		}

		boolean valid() {
			return errors.isEmpty();
		}

		String reason() {
			return "the source client is invalid: "
					+ errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
		}
	}

}
