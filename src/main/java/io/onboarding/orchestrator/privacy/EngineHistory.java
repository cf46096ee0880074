package io.onboarding.orchestrator.privacy;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The engine's part of an erasure (SPEC 7.5): every process instance of the client (each
 * carries its id as business key) is ended if it still runs (a screening review left
 * open, say), and its history deleted: variables and their details, activities, tasks
 * with their identity links and comments, incidents, job logs, decision evaluations and
 * the operation log. The evidence the case file needs is in the project's own tables.
 */
@Component
class EngineHistory {

	private static final String REASON = "the client's personal data was erased";

	private final RuntimeService runtime;

	private final HistoryService history;

	EngineHistory(RuntimeService runtime, HistoryService history) {
		this.runtime = runtime;
		this.history = history;
	}

	void erase(UUID clientId) {
		String businessKey = clientId.toString();
		List<String> running = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.toList();
		if (!running.isEmpty()) {
			runtime.deleteProcessInstancesIfExists(running, REASON, true, true, false);
		}
		List<String> ended = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.list()
			.stream()
			.map(HistoricProcessInstance::getId)
			.toList();
		if (!ended.isEmpty()) {
			history.deleteHistoricProcessInstancesIfExists(ended);
		}
	}

}
