package io.onboarding.orchestrator.onboarding;

import java.util.List;

import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.api.Workflow;
import io.onboarding.orchestrator.client.ClientDetails;
import io.onboarding.orchestrator.client.ClientRules;
import io.onboarding.orchestrator.client.KycLevel;
import io.onboarding.orchestrator.client.KycSettings;
import io.onboarding.orchestrator.client.NewClient;
import io.onboarding.orchestrator.client.ReservedAttributes;
import io.onboarding.orchestrator.provider.ProviderSettings;
import io.onboarding.orchestrator.relation.RelationInput;
import io.onboarding.orchestrator.relation.RelationRules;
import io.onboarding.orchestrator.api.Violations;

/**
 * Checks a {@code POST /clients} of the direct workflow: every field rule at once (400),
 * then the business rules on valid input (422).
 */
@Component
class DirectOnboardingRules {

	private static final String CLIENT = "data.client";

	private final ProviderSettings providers;

	private final KycSettings kyc;

	DirectOnboardingRules(ProviderSettings providers, KycSettings kyc) {
		this.providers = providers;
		this.kyc = kyc;
	}

	DirectOnboarding check(CreateClientRequest request) {
		Violations v = new Violations();
		Workflow workflow = request.workflow();
		if (v.required("workflow", workflow) && v.required("workflow.code", workflow.code())) {
			v.oneOf("workflow.code", workflow.code(), List.of(Workflow.DIRECT, Workflow.MIGRATION));
		}
		if (workflow != null) {
			v.oneOf("workflow.kycLevel", workflow.kycLevel(), KycLevel.names());
		}
		String provider = request.connect() == null ? null : request.connect().serviceProvider();
		if (provider != null && !providers.isConfigured(provider)) {
			v.add("connect.serviceProvider", providers.names().isEmpty() ? "no service provider is configured"
					: "must be one of " + String.join(", ", providers.names()));
		}
		CreateClientRequest.DirectClient client = request.data() == null ? null : request.data().client();
		if (!v.required(CLIENT, client)) {
			v.throwIfAny();
		}
		ClientDetails details = client.details();
		ClientRules.validate(v, CLIENT, details, ReservedAttributes.RAILSBANK.equals(provider));

		String relationsPath = CLIENT
				+ (client.relatedLegalEntities() != null ? ".relatedLegalEntities" : ".relations");
		if (client.relations() != null && client.relatedLegalEntities() != null) {
			v.add(CLIENT + ".relatedLegalEntities", "give relations or relatedLegalEntities, not both");
		}
		List<RelationInput> relations = client.relations() != null ? client.relations()
				: client.relatedLegalEntities() != null ? client.relatedLegalEntities() : List.of();
		RelationRules.validate(v, relationsPath, relations);

		boolean createUser = workflow != null && workflow.wantsUser();
		if (createUser && details.profile() != null
				&& (details.profile().email() == null || details.profile().email().isBlank())) {
			v.add(CLIENT + ".profile.email", "is required when workflow.createUser is true");
		}
		v.throwIfAny();

		if (!relations.isEmpty()) {
			RelationRules.requireCorporateHolder(relationsPath, details.identity());
		}
		if (createUser && !details.identity().isIndividual()) {
			throw new BusinessRuleException("workflow.createUser", "End users are created for individual clients only");
		}
		RelationRules.checkRoles(relationsPath, relations);

		KycLevel level = workflow.kycLevel() == null ? kyc.defaultLevel() : KycLevel.valueOf(workflow.kycLevel());
		return new DirectOnboarding(new NewClient(details, level, provider), List.copyOf(relations), createUser);
	}

}
