package io.onboarding.orchestrator.casefile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.client.ClientDirectory;
import io.onboarding.orchestrator.client.ClientView;

/**
 * Assembles a client's case file (SPEC 7.4) from the project's records, which hold the
 * evidence for the record-keeping period, and the engine's history, which is an
 * operations aid with a shorter time to live (its part is empty once the engine cleaned
 * it, and the rest of the file is whole without it).
 */
@Service
class CaseFiles {

	/** What an erasure removes, as the case file of an erased client states it. */
	static final String ERASED = "names, birth and incorporation dates, addresses, identity documents and "
			+ "identifiers, contact data, attributes and officers' free text, from the client, its related parties, "
			+ "users, applications, audit records, webhook payloads, provider callbacks, screening records and "
			+ "the engine's history";

	private final ClientDirectory clients;

	private final CaseRecords records;

	private final HistoryService history;

	private final ObjectMapper objectMapper;

	private final Clock clock;

	CaseFiles(ClientDirectory clients, CaseRecords records, HistoryService history, ObjectMapper objectMapper,
			Clock clock) {
		this.clients = clients;
		this.records = records;
		this.history = history;
		this.objectMapper = objectMapper;
		this.clock = clock;
	}

	/** The case file of the client, or a 404 naming it. */
	@Transactional(readOnly = true)
	CaseFile assemble(UUID clientId, String requestedBy) {
		ClientView client = clients.view(clientId);
		Map<String, Object> file = new LinkedHashMap<>();
		file.put("generatedAt", clock.instant().toString());
		file.put("generatedBy", requestedBy);
		file.put("client", client);
		if (client.erasedAt() != null) {
			file.put("erasure", Map.of("erasedAt", client.erasedAt().toString(), "erased", ERASED));
		}
		List<Map<String, Object>> evaluations = records.evaluations(clientId);
		List<Map<String, Object>> applications = records.applications(clientId);
		List<Map<String, Object>> requests = new ArrayList<>();
		for (Map<String, Object> application : applications) {
			List<Map<String, Object>> decisions = records.decisions(UUID.fromString((String) application.get("id")));
			application.put("decisions", decisions);
			application.put("evaluations", belongingTo(evaluations, "applicationId", application.get("id")));
			if (application.get("secondApprovedBy") != null) {
				application.put("fourEyes",
						Map.of("first", application.get("approvedBy"), "second", application.get("secondApprovedBy")));
			}
			requests.addAll(requestsForInformation(application.get("id"), decisions));
		}
		file.put("applications", applications);
		file.put("requestsForInformation", requests);
		List<Map<String, Object>> relations = records.relations(clientId);
		relations.forEach(
				relation -> relation.put("evaluations", belongingTo(evaluations, "relationId", relation.get("id"))));
		file.put("relations", relations);
		file.put("screening", Map.of("hits", records.hits(clientId)));
		List<Map<String, Object>> verifications = records.verifications(clientId);
		verifications.forEach(verification -> verification.put("callbacks",
				records.callbacks(UUID.fromString((String) verification.get("id")))));
		file.put("verifications", verifications);
		file.put("complianceChanges", records.complianceChanges(clientId));
		file.put("contracts", records.contracts(clientId));
		file.put("webhooks", records.webhooks(clientId));
		file.put("engine", engine(clientId));
		return CaseFile.of(objectMapper.valueToTree(file), objectMapper);
	}

	private static List<Map<String, Object>> belongingTo(List<Map<String, Object>> evaluations, String key, Object id) {
		return evaluations.stream().filter(evaluation -> Objects.equals(evaluation.get(key), id)).map(evaluation -> {
			Map<String, Object> shown = new LinkedHashMap<>(evaluation);
			shown.remove("applicationId");
			shown.remove("relationId");
			return shown;
		}).toList();
	}

	/**
	 * Each request for information of the application, with the answer that followed it
	 * (none yet while the applicant has not answered).
	 */
	private static List<Map<String, Object>> requestsForInformation(Object applicationId,
			List<Map<String, Object>> decisions) {
		List<Map<String, Object>> requests = new ArrayList<>();
		Map<String, Object> open = null;
		for (Map<String, Object> decision : decisions) {
			if ("request_information".equals(decision.get("outcome"))) {
				open = new LinkedHashMap<>();
				open.put("applicationId", applicationId);
				open.put("requestedBy", decision.get("actor"));
				open.put("requestedAt", decision.get("decidedAt"));
				open.put("request", decision.get("reason"));
				requests.add(open);
			}
			else if ("information_received".equals(decision.get("outcome")) && open != null) {
				open.put("answeredBy", decision.get("actor"));
				open.put("answeredAt", decision.get("decidedAt"));
				open.put("answer", decision.get("reason"));
				open = null;
			}
		}
		return requests;
	}

	/** What the engine's history still holds of the client's processes. */
	private Map<String, Object> engine(UUID clientId) {
		String businessKey = clientId.toString();
		List<Map<String, Object>> instances = new ArrayList<>();
		List<Map<String, Object>> tasks = new ArrayList<>();
		List<Map<String, Object>> incidents = new ArrayList<>();
		for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.orderByProcessInstanceStartTime()
			.asc()
			.list()) {
			Map<String, Object> shown = new LinkedHashMap<>();
			shown.put("id", instance.getId());
			shown.put("process", instance.getProcessDefinitionKey());
			shown.put("version", instance.getProcessDefinitionVersion());
			shown.put("state", instance.getState());
			shown.put("startedAt", instant(instance.getStartTime()));
			shown.put("endedAt", instant(instance.getEndTime()));
			instances.add(shown);
			for (HistoricIncident incident : history.createHistoricIncidentQuery()
				.processInstanceId(instance.getId())
				.list()) {
				Map<String, Object> incidentShown = new LinkedHashMap<>();
				incidentShown.put("process", instance.getProcessDefinitionKey());
				incidentShown.put("activity", incident.getActivityId());
				incidentShown.put("type", incident.getIncidentType());
				incidentShown.put("message", incident.getIncidentMessage());
				incidentShown.put("createdAt", instant(incident.getCreateTime()));
				incidentShown.put("endedAt", instant(incident.getEndTime()));
				incidents.add(incidentShown);
			}
		}
		// every user task of the client's processes in one query: they share its
		// business key
		for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.list()) {
			Map<String, Object> taskShown = new LinkedHashMap<>();
			taskShown.put("process", task.getProcessDefinitionKey());
			taskShown.put("task", task.getTaskDefinitionKey());
			taskShown.put("name", task.getName());
			taskShown.put("assignee", task.getAssignee());
			taskShown.put("createdAt", instant(task.getStartTime()));
			taskShown.put("endedAt", instant(task.getEndTime()));
			taskShown.put("endReason", task.getDeleteReason());
			tasks.add(taskShown);
		}
		Map<String, Object> engine = new LinkedHashMap<>();
		engine.put("processInstances", instances);
		engine.put("userTasks", tasks);
		engine.put("incidents", incidents);
		return engine;
	}

	private static String instant(java.util.Date date) {
		return date == null ? null : date.toInstant().toString();
	}

}
