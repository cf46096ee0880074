package io.onboarding.orchestrator.application;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.screening.Screening;

import io.onboarding.orchestrator.client.ClientDirectory;
import io.onboarding.orchestrator.client.ClientSnapshot;
import io.onboarding.orchestrator.verification.VerificationService;

/**
 * On creation of a review task: what its form shows, as task-local variables that go with
 * the task (the client itself stays in the service's tables).
 */
@Component("reviewSummary")
class ReviewSummaryListener implements TaskListener {

	private final ApplicationQueries applications;

	private final ClientDirectory clients;

	private final VerificationService verifications;

	private final Screening screening;

	ReviewSummaryListener(ApplicationQueries applications, ClientDirectory clients, VerificationService verifications,
			Screening screening) {
		this.screening = screening;
		this.applications = applications;
		this.clients = clients;
		this.verifications = verifications;
	}

	@Override
	public void notify(DelegateTask task) {
		ApplicationView application = applications.view(KycApplicationProcess.applicationId(task));
		ClientSnapshot client = clients.snapshot(application.clientId());
		task.setVariableLocal("clientName", client.fullName());
		task.setVariableLocal("clientType", client.type());
		task.setVariableLocal("clientCountry", client.identity().country());
		task.setVariableLocal("riskLevel", application.riskLevel() == null ? null : application.riskLevel().value());
		task.setVariableLocal("screeningReasons", String.join(", ", application.screeningReasons()));
		task.setVariableLocal("identityVerification", verifications.describe(application.id()));
		task.setVariableLocal("listMatches", screening.describeForApplication(application.id()));
	}

}
