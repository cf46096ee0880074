package io.onboarding.orchestrator.api;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * What a failed completion of a review task means to the caller of the API: the engine
 * wraps what its listeners threw, and two officers deciding at once meet as an optimistic
 * lock or a task already gone.
 */
public final class DecisionErrors {

	private DecisionErrors() {
	}

	/**
	 * The rule or conflict a task's listener raised, a 409 with {@code decidedMeanwhile}
	 * when someone else decided at the same time, or the engine's own exception.
	 */
	public static RuntimeException unwrap(ProcessEngineException e, String decidedMeanwhile) {
		if (e instanceof OptimisticLockingException) {
			return new ConflictException(decidedMeanwhile);
		}
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof BusinessRuleException rule) {
				return rule;
			}
			if (cause instanceof ConflictException conflict) {
				return conflict;
			}
			if (cause instanceof OptimisticLockingFailureException) {
				return new ConflictException(decidedMeanwhile);
			}
		}
		if (e.getMessage() != null && e.getMessage().contains("Cannot find task")) {
			return new ConflictException(decidedMeanwhile);
		}
		return e;
	}

}
