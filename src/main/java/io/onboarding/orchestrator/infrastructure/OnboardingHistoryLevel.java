package io.onboarding.orchestrator.infrastructure;

import java.util.Set;

import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * What the engine records (camunda.bpm.history-level: onboarding), with the engine's
 * documented extension point for it: everything of {@code full} that Cockpit, an operator
 * and the engine's part of a case file use (process and activity instances, variables as
 * they ended, user tasks with their identity links, incidents, decision evaluations with
 * inputs and outputs, failed jobs, batches, the user operation log), but not a row per
 * variable change (the details) nor a row per job created, run and deleted. The
 * compliance evidence is in the service's own tables (SPEC 7.4); these two were most of
 * the engine's history writes of an onboarding (issue #26 and docs/performance.md).
 */
public final class OnboardingHistoryLevel extends AbstractHistoryLevel {

	public static final String NAME = "onboarding";

	/** Not one of the engine's own ids (0 to 3, and -1 for auto). */
	public static final int ID = 11;

	private static final Set<HistoryEventType> LEFT_OUT = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
			HistoryEventTypes.FORM_PROPERTY_UPDATE, HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_SUCCESS,
			HistoryEventTypes.JOB_DELETE);

	@Override
	public int getId() {
		return ID;
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
		return !LEFT_OUT.contains(eventType);
	}

}
