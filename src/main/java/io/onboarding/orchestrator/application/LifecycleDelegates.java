package io.onboarding.orchestrator.application;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The waits and endings of {@code kyc-application}: reminders, expiry, withdrawal,
 * blacklisting, completion.
 */
@Configuration
class LifecycleDelegates {

	static final String EXPIRED = "expired";

	@Bean
	JavaDelegate sendInformationReminder(ApplicationService applications) {
		return execution -> applications.remindOfInformation(ScreeningDelegates.applicationId(execution));
	}

	/** "Expire application": the requested information never came. */
	@Bean
	JavaDelegate expireApplication(ApplicationService applications) {
		return execution -> applications.withdraw(ScreeningDelegates.applicationId(execution), EXPIRED,
				ApplicationService.SYSTEM);
	}

	@Bean
	JavaDelegate withdrawApplication(ApplicationService applications) {
		return execution -> applications.withdraw(ScreeningDelegates.applicationId(execution),
				(String) execution.getVariable(KycApplicationProcess.WITHDRAWAL_REASON),
				(String) execution.getVariable(KycApplicationProcess.WITHDRAWN_BY));
	}

	@Bean
	JavaDelegate declineBlacklisted(ApplicationService applications) {
		return execution -> applications.autoDecline(ScreeningDelegates.applicationId(execution), "client blacklisted");
	}

	/**
	 * "Complete application" / "Close application": the decision is handed to the
	 * onboarding.
	 */
	@Bean
	JavaDelegate completeApplication(ApplicationService applications) {
		return execution -> execution.setVariable(KycApplicationProcess.DECISION,
				applications.complete(ScreeningDelegates.applicationId(execution)));
	}

}
