package io.onboarding.orchestrator.migration;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.api.Connect;
import io.onboarding.orchestrator.api.Workflow;
import io.onboarding.orchestrator.client.KycLevel;
import io.onboarding.orchestrator.client.KycSettings;
import io.onboarding.orchestrator.provider.ProviderSettings;
import io.onboarding.orchestrator.api.Violations;
import java.util.function.Supplier;

/**
 * Checks a request to migrate, one client ({@code POST /clients}) or many
 * ({@code POST /migrations}).
 */
@Component
public class MigrationRules {

	/**
	 * A provider's id of a client: it becomes a path segment of the call to the provider,
	 * so it is kept to characters that need no trust in URL encoding, and to a sane
	 * length.
	 */
	private static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,199}");

	private final ProviderSettings providers;

	private final KycSettings kyc;

	private final MigrationSettings settings;

	MigrationRules(ProviderSettings providers, KycSettings kyc, MigrationSettings settings) {
		this.providers = providers;
		this.kyc = kyc;
		this.settings = settings;
	}

	/**
	 * {@code POST /clients} with {@code workflow.code: migration} and
	 * {@code data.sourceId}.
	 */
	public MigrationOrder single(Workflow workflow, String sourceId, Connect connect) {
		Violations v = new Violations();
		if (v.required("data.sourceId", sourceId)) {
			sourceId(v, "data.sourceId", sourceId);
		}
		return order(v, workflow, connect, () -> List.of(sourceId));
	}

	/**
	 * {@code POST /migrations} with {@code data.sourceIds[]}: at least one, at most the
	 * configured batch size.
	 */
	MigrationOrder bulk(Workflow workflow, List<String> sourceIds, Connect connect) {
		Violations v = new Violations();
		if (sourceIds == null || sourceIds.isEmpty()) {
			v.add("data.sourceIds", "is required: give at least one source id");
		}
		else if (sourceIds.size() > settings.maxBatchSize()) {
			v.add("data.sourceIds",
					"at most " + settings.maxBatchSize() + " source ids per request (" + sourceIds.size() + " given)");
		}
		else {
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < sourceIds.size(); i++) {
				String field = "data.sourceIds[" + i + "]";
				String sourceId = sourceIds.get(i);
				if (v.required(field, sourceId) && sourceId(v, field, sourceId) && !seen.add(sourceId)) {
					v.add(field, "is given twice");
				}
			}
		}
		return order(v, workflow, connect, () -> List.copyOf(sourceIds));
	}

	/**
	 * Checks what both requests share; the source ids are read only once every rule has
	 * passed.
	 */
	private MigrationOrder order(Violations v, Workflow workflow, Connect connect, Supplier<List<String>> sourceIds) {
		if (workflow != null) {
			v.oneOf("workflow.kycLevel", workflow.kycLevel(), KycLevel.names());
		}
		String provider = connect == null ? null : connect.serviceProvider();
		if (v.required("connect.serviceProvider", provider) && !providers.isConfigured(provider)) {
			v.add("connect.serviceProvider", providers.names().isEmpty() ? "no service provider is configured"
					: "must be one of " + String.join(", ", providers.names()));
		}
		if (connect != null && connect.type() != null && !"explicit".equals(connect.type())) {
			v.add("connect.type", "must be explicit");
		}
		v.throwIfAny();
		KycLevel level = workflow == null || workflow.kycLevel() == null ? kyc.defaultLevel()
				: KycLevel.valueOf(workflow.kycLevel());
		return new MigrationOrder(provider, sourceIds.get(), level);
	}

	private static boolean sourceId(Violations v, String field, String sourceId) {
		if (!SOURCE_ID.matcher(sourceId).matches()) {
			v.add(field, "must be 1 to 200 letters, digits or . _ : @ -, starting with a letter or digit");
			return false;
		}
		return true;
	}

}
