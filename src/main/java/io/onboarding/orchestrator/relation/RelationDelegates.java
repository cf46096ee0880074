package io.onboarding.orchestrator.relation;

import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.security.TaskActors;

/**
 * The steps of {@code relation-onboarding}: thin adapters onto {@link RelationService}.
 */
@Configuration
class RelationDelegates {

	/** "Check related party": the facts the relation-screening decision takes. */
	@Bean
	JavaDelegate checkRelatedParty(RelationService relations) {
		return execution -> {
			RelationFacts facts = relations
				.facts(relationId(execution.getVariable(RelationOnboardingProcess.RELATION_ID)));
			execution.setVariable("watchlistMatch", facts.watchlistMatch());
			execution.setVariable("pep", facts.pep());
			execution.setVariable("underage", facts.underage());
			execution.setVariable("highRiskCountry", facts.highRiskCountry());
			execution.setVariable("watchlist", facts.watchlist() == null ? "" : facts.watchlist());
		};
	}

	@Bean
	JavaDelegate recordRelationScreening(RelationService relations) {
		return execution -> relations.screened(relationId(execution.getVariable(RelationOnboardingProcess.RELATION_ID)),
				(String) execution.getVariable(RelationOnboardingProcess.RISK_LEVEL),
				new RelationFacts(flag(execution.getVariable("watchlistMatch")),
						(String) execution.getVariable("watchlist"), flag(execution.getVariable("pep")),
						flag(execution.getVariable("underage")), flag(execution.getVariable("highRiskCountry"))));
	}

	/** What the review form shows, as task-local variables. */
	@Bean
	TaskListener relatedPartySummary(RelationService relations) {
		return task -> {
			RelationView relation = relations.view(relationId(task.getVariable(RelationOnboardingProcess.RELATION_ID)));
			task.setVariableLocal("partyName", relation.fullName());
			task.setVariableLocal("partyRole", relation.relation());
			task.setVariableLocal("partyCountry", relation.identity().country());
			task.setVariableLocal("riskLevel", relation.screening().riskLevel());
			task.setVariableLocal("screeningReasons", String.join(", ", relation.screening().reasons()));
			Object list = task.getVariable("watchlist");
			task.setVariableLocal("watchlistName", list == null ? "" : list);
		};
	}

	/**
	 * The officer's verdict on a hit: accept or reject; Tasklist and any other client
	 * alike.
	 */
	@Bean
	TaskListener recordRelationReview(RelationService relations, IdentityService identity) {
		return task -> {
			Object outcome = task.getVariable(RelationOnboardingProcess.OUTCOME);
			if (!"accept".equals(outcome) && !"reject".equals(outcome)) {
				throw new BusinessRuleException("The outcome of a related party's review is accept or reject");
			}
			relations.reviewed(relationId(task.getVariable(RelationOnboardingProcess.RELATION_ID)),
					"accept".equals(outcome), TaskActors.of(task, identity));
		};
	}

	private static UUID relationId(Object value) {
		return UUID.fromString((String) value);
	}

	private static boolean flag(Object value) {
		return Boolean.TRUE.equals(value);
	}

}
