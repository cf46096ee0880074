package io.onboarding.orchestrator.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.client.ClientDirectory;

/**
 * On creation of a hit's review task: what its form shows, as task-local variables (the
 * party and the entry stay in the service's tables).
 */
@Component("hitSummary")
class HitSummaryListener implements TaskListener {

	private final Hits hits;

	private final ClientDirectory clients;

	private final ObjectMapper objectMapper;

	HitSummaryListener(Hits hits, ClientDirectory clients, ObjectMapper objectMapper) {
		this.hits = hits;
		this.clients = clients;
		this.objectMapper = objectMapper;
	}

	@Override
	@Transactional(readOnly = true)
	public void notify(DelegateTask task) {
		Hit hit = hits.require(ScreeningReviewProcess.hitId(task));
		HitView view = hit.view(objectMapper);
		task.setVariableLocal("partyName", view.partyName());
		task.setVariableLocal("partyKind", "client".equals(view.partyKind()) ? "the client" : "a related party");
		task.setVariableLocal("clientName", clients.snapshot(hit.clientId()).fullName());
		task.setVariableLocal("entryName", view.entryName());
		task.setVariableLocal("listName",
				view.list() + ", version " + view.listVersion() + ", entry " + view.entryId());
		task.setVariableLocal("topics", String.join(", ", view.topics()));
		task.setVariableLocal("score", Double.toString(view.score()));
		task.setVariableLocal("features", hit.describe());
		if (view.firstDecision() != null) {
			task.setVariableLocal("firstDecision", view.firstDecision().outcome() + " by " + view.firstDecision().by()
					+ (view.firstDecision().reason() == null ? "" : ": " + view.firstDecision().reason()));
		}
	}

}
