package io.onboarding.orchestrator.application;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.client.ClientDirectory;
import io.onboarding.orchestrator.client.ClientSnapshot;
import io.onboarding.orchestrator.client.ReservedAttributes;
import io.onboarding.orchestrator.relation.RelationService;
import io.onboarding.orchestrator.screening.PartyChecks;
import io.onboarding.orchestrator.verification.VerificationService;

/** Reads what screening decides on from the client record (SPEC 5.2). */
@Component
class ApplicantScreening {

	private final Applications applications;

	private final ClientDirectory clients;

	private final RelationService relations;

	private final PartyChecks checks;

	private final VerificationService verifications;

	ApplicantScreening(Applications applications, ClientDirectory clients, RelationService relations,
			PartyChecks checks, VerificationService verifications) {
		this.applications = applications;
		this.clients = clients;
		this.relations = relations;
		this.checks = checks;
		this.verifications = verifications;
	}

	/**
	 * The facts of the application's client. The application's row is locked here
	 * already: "Record screening result" changes it in the same transaction and must not
	 * find it stale.
	 */
	@Transactional
	ScreeningFacts facts(UUID applicationId) {
		Application application = applications.requireForUpdate(applicationId);
		ClientSnapshot client = clients.snapshot(application.clientId());
		Object riskScore = client.attributes().get("riskScore");
		return new ScreeningFacts(client.blacklisted(), checks.isMinor(client.identity()),
				ReservedAttributes.isPep(client.attributes()), checks.anyHighRisk(client.countries()),
				relations.hasScreeningHits(client.id()), checks.anyExpired(client.identity()),
				riskScore instanceof String score ? score : "",
				verifications.isVerified(applicationId) ? ScreeningFacts.VERIFIED : ScreeningFacts.NO_VERIFICATION);
	}

}
