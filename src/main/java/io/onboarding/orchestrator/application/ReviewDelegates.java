package io.onboarding.orchestrator.application;

import java.time.Clock;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.client.Client;
import io.onboarding.orchestrator.client.ClientService;
import io.onboarding.orchestrator.security.TaskActors;

/**
 * The review steps of {@code kyc-application}. A review is decided by completing its
 * task, from Tasklist or the API alike; the task's complete listener records the
 * decision, so that both leave the same record and obey the same rules (a decline's
 * reason, the four-eyes principle).
 */
@Configuration
class ReviewDelegates {

	/**
	 * "Start review": due date and the timers' settings, then the application is under
	 * review.
	 */
	@Bean
	JavaDelegate startReview(ApplicationService applications, ApplicationSettings settings, Clock clock) {
		return execution -> {
			ApplicationSettings.Lifecycle lifecycle = settings.applications();
			execution.setVariable(KycApplicationProcess.REVIEW_DUE_AT,
					Date.from(clock.instant().plus(lifecycle.reviewDueDuration())));
			execution.setVariable(KycApplicationProcess.INFORMATION_TIMEOUT, lifecycle.informationTimeout());
			execution.setVariable(KycApplicationProcess.INFORMATION_REMINDER_CYCLE,
					"R/" + lifecycle.informationReminder());
			applications.startReview(ScreeningDelegates.applicationId(execution));
		};
	}

	/**
	 * On creation of a review task: what the form shows, as task-local variables that go
	 * with the task (the client itself stays in the service's tables).
	 */
	@Bean
	TaskListener reviewSummary(ApplicationService applications, ClientService clients) {
		return task -> {
			Application application = applications.application(applicationId(task));
			Client client = clients.client(application.clientId());
			task.setVariableLocal("clientName", client.fullName());
			task.setVariableLocal("clientType", client.type());
			task.setVariableLocal("clientCountry", client.identity().country());
			task.setVariableLocal("riskLevel", application.riskLevel());
			task.setVariableLocal("screeningReasons", String.join(", ", application.screeningReasons()));
		};
	}

	@Bean
	TaskListener recordReview(ApplicationService applications, IdentityService identity) {
		return task -> {
			ReviewOutcome outcome = outcome(task);
			applications.reviewed(applicationId(task), outcome, reason(task), TaskActors.of(task, identity),
					"high".equals(task.getVariable(KycApplicationProcess.RISK_LEVEL)));
		};
	}

	@Bean
	TaskListener recordSecondReview(ApplicationService applications, IdentityService identity) {
		return task -> applications.secondReviewed(applicationId(task), outcome(task), reason(task),
				TaskActors.of(task, identity));
	}

	/** "Escalate review": an overdue review is offered to the senior officers as well. */
	@Bean
	JavaDelegate escalateReview(KycApplicationProcess process) {
		return execution -> process.escalate(execution.getProcessInstanceId());
	}

	private static UUID applicationId(DelegateTask task) {
		return UUID.fromString((String) task.getVariable(KycApplicationProcess.APPLICATION_ID));
	}

	private static ReviewOutcome outcome(DelegateTask task) {
		Object value = task.getVariable(KycApplicationProcess.OUTCOME);
		return ReviewOutcome.of(value instanceof String text ? text : null)
			.orElseThrow(() -> new BusinessRuleException("data.decision",
					"The outcome must be one of " + String.join(", ", ReviewOutcome.valuesList())));
	}

	private static String reason(DelegateTask task) {
		Object reason = task.getVariable(KycApplicationProcess.REASON);
		return reason instanceof String text && !text.isBlank() ? text.trim() : null;
	}

}
