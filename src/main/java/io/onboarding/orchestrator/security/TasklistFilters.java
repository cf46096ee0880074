package io.onboarding.orchestrator.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.query.Query;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters officers work from, created at boot when missing: "Compliance
 * queue" (the first, which Tasklist opens on) and "Senior queue" (each group's tasks) and
 * "My reviews" (what the officer has claimed), all oldest due date first. The compliance
 * groups may read every filter (see ComplianceOfficers).
 */
@Component
class TasklistFilters {

	static final String MY_REVIEWS = "My reviews";
	static final String COMPLIANCE_QUEUE = "Compliance queue";
	static final String SENIOR_QUEUE = "Senior queue";

	private final FilterService filters;

	private final TaskService tasks;

	TasklistFilters(FilterService filters, TaskService tasks) {
		this.filters = filters;
		this.tasks = tasks;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	void ensureFilters() {
		// The queues list their group's tasks whether claimed or not: a task an officer
		// claims stays in view (and open) instead of vanishing from the list under the
		// officer's hands.
		ensure(COMPLIANCE_QUEUE, "Applications waiting for a compliance officer", -10, "#1565c0",
				tasks.createTaskQuery()
					.taskCandidateGroup(ComplianceOfficers.COMPLIANCE)
					.includeAssignedTasks()
					.orderByDueDate()
					.asc());
		ensure(MY_REVIEWS, "Reviews I have claimed", -9, "#2e7d32",
				tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
		ensure(SENIOR_QUEUE, "Second approvals and escalated reviews", -8, "#c62828",
				tasks.createTaskQuery()
					.taskCandidateGroup(ComplianceOfficers.SENIOR)
					.includeAssignedTasks()
					.orderByDueDate()
					.asc());
	}

	private void ensure(String name, String description, int priority, String color, Query<?, ?> query) {
		if (filters.createFilterQuery().filterName(name).count() > 0) {
			return;
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("description", description);
		properties.put("priority", priority);
		properties.put("color", color);
		properties.put("refresh", false);
		Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
		filters.saveFilter(filter);
	}

}
