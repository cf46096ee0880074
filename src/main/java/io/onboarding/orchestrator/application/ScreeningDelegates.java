package io.onboarding.orchestrator.application;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.onboarding.orchestrator.relation.RelationService;

/**
 * The screening steps of {@code kyc-application}, each a thin adapter: read ids and facts
 * from the execution, call {@link ApplicationService}, write gateway inputs back.
 */
@Configuration
class ScreeningDelegates {

	static final String[] FACTS = { "blacklisted", "underage", "pep", "highRiskCountry", "relationHit",
			"identificationExpired", "riskScore" };

	/**
	 * "Check related parties": how many of the client's related parties are still being
	 * screened.
	 */
	@Bean
	JavaDelegate checkRelatedParties(RelationService relations) {
		return execution -> execution.setVariable("relatedPartiesPending",
				relations.unscreened(UUID.fromString((String) execution.getVariable(KycApplicationProcess.CLIENT_ID))));
	}

	/** "Gather screening facts": the inputs of the risk-assessment decision. */
	@Bean
	JavaDelegate gatherScreeningFacts(ApplicationService applications) {
		return execution -> {
			ScreeningFacts facts = applications.facts(applicationId(execution));
			execution.setVariable("blacklisted", facts.blacklisted());
			execution.setVariable("underage", facts.underage());
			execution.setVariable("pep", facts.pep());
			execution.setVariable("highRiskCountry", facts.highRiskCountry());
			execution.setVariable("relationHit", facts.relationHit());
			execution.setVariable("identificationExpired", facts.identificationExpired());
			execution.setVariable("riskScore", facts.riskScore());
		};
	}

	/**
	 * "Record screening result": the risk level and reasons onto the application and the
	 * client.
	 */
	@Bean
	JavaDelegate recordScreening(ApplicationService applications) {
		return execution -> applications.screened(applicationId(execution),
				(String) execution.getVariable(KycApplicationProcess.RISK_LEVEL), facts(execution));
	}

	@Bean
	JavaDelegate autoDeclineApplication(ApplicationService applications) {
		return execution -> applications.autoDecline(applicationId(execution),
				"declined by screening: " + String.join(", ", facts(execution).reasons()));
	}

	@Bean
	JavaDelegate approveByRule(ApplicationService applications) {
		return execution -> applications.approveByRule(applicationId(execution));
	}

	static UUID applicationId(DelegateExecution execution) {
		return UUID.fromString((String) execution.getVariable(KycApplicationProcess.APPLICATION_ID));
	}

	private static ScreeningFacts facts(DelegateExecution execution) {
		return new ScreeningFacts(flag(execution, "blacklisted"), flag(execution, "underage"), flag(execution, "pep"),
				flag(execution, "highRiskCountry"), flag(execution, "relationHit"),
				flag(execution, "identificationExpired"), (String) execution.getVariable("riskScore"));
	}

	private static boolean flag(DelegateExecution execution, String name) {
		return Boolean.TRUE.equals(execution.getVariable(name));
	}

}
