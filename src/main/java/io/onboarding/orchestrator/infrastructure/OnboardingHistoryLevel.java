package io.onboarding.orchestrator.infrastructure;

import java.util.Set;

import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl;

/**
 * What the engine records (camunda.bpm.history-level: onboarding), with the engine's
 * documented extension point for it: everything of {@code full} that Cockpit, an operator
 * and the engine's part of a case file use (process and activity instances, variables as
 * they ended, user tasks with their identity links, incidents, decision evaluations with
 * inputs and outputs, failed jobs, batches, the user operation log), but not a row per
 * variable change (the details), nor a row per job created, run and deleted, nor an
 * activity instance of a gateway the token passes through (it takes no time, the next
 * activity shows the way it chose, and the onboarding timeline leaves gateways out). The
 * compliance evidence is in the service's own tables (SPEC 7.4); the details and the job
 * log were most of the engine's history writes of an onboarding, the gateways 5 of its 9
 * activity instances without KYC (issue #26 and docs/performance.md).
 */
public final class OnboardingHistoryLevel extends AbstractHistoryLevel {

	public static final String NAME = "onboarding";

	/** Not one of the engine's own ids (0 to 3, and -1 for auto). */
	public static final int ID = 11;

	private static final Set<HistoryEventType> LEFT_OUT = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
			HistoryEventTypes.FORM_PROPERTY_UPDATE, HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_SUCCESS,
			HistoryEventTypes.JOB_DELETE);

	private static final Set<HistoryEventType> ACTIVITY_INSTANCE = Set.of(HistoryEventTypes.ACTIVITY_INSTANCE_START,
			HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE, HistoryEventTypes.ACTIVITY_INSTANCE_END);

	/** The gateways no token waits at (an event-based gateway is a wait state). */
	private static final Set<String> PASSED_THROUGH = Set.of(ActivityTypes.GATEWAY_EXCLUSIVE,
			ActivityTypes.GATEWAY_INCLUSIVE, ActivityTypes.GATEWAY_PARALLEL, ActivityTypes.GATEWAY_COMPLEX);

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
		if (LEFT_OUT.contains(eventType)) {
			return false;
		}
		// asked without an entity when a process is parsed: yes, so the engine adds its
		// listeners, which ask again for each execution
		return !(ACTIVITY_INSTANCE.contains(eventType) && entity instanceof PvmExecutionImpl execution
				&& passedThrough(execution.getActivity()));
	}

	private static boolean passedThrough(ActivityImpl activity) {
		return activity != null && PASSED_THROUGH.contains(activity.getProperties().get(BpmnProperties.TYPE));
	}

}
