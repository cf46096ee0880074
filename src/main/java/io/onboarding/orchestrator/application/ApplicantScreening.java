package io.onboarding.orchestrator.application;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.client.ClientDirectory;
import io.onboarding.orchestrator.client.ClientSnapshot;
import io.onboarding.orchestrator.client.ReservedAttributes;
import io.onboarding.orchestrator.relation.RelationService;
import io.onboarding.orchestrator.screening.PartyChecks;
import io.onboarding.orchestrator.screening.ScreenedParty;
import io.onboarding.orchestrator.screening.Screening;
import io.onboarding.orchestrator.screening.ScreeningOutcome;
import io.onboarding.orchestrator.verification.VerificationService;

/** Reads what screening decides on from the client record (SPEC 5.2). */
@Component
class ApplicantScreening {

	private final Applications applications;

	private final ClientDirectory clients;

	private final RelationService relations;

	private final PartyChecks checks;

	private final VerificationService verifications;

	private final Screening screening;

	ApplicantScreening(Applications applications, ClientDirectory clients, RelationService relations,
			PartyChecks checks, VerificationService verifications, Screening screening) {
		this.screening = screening;
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
		// the applicant against the lists in force: a sanctions match goes to a senior
		// officer, a PEP entry makes a PEP (SPEC 5.5)
		ScreeningOutcome listed = screening.screenForApplication(ScreenedParty.of(client.id(), client.id(),
				ScreenedParty.Kind.CLIENT, client.identity(), client.countries()), applicationId);
		return new ScreeningFacts(client.blacklisted(), checks.isMinor(client.identity()),
				ReservedAttributes.isPep(client.attributes()) || listed.pep(), checks.anyHighRisk(client.countries()),
				relations.hasScreeningHits(client.id()), checks.anyExpired(client.identity()),
				riskScore instanceof String score ? score : "",
				verifications.isVerified(applicationId) ? ScreeningFacts.VERIFIED : ScreeningFacts.NO_VERIFICATION,
				listed.sanction());
	}

}
