package io.onboarding.orchestrator.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedInput;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedOutput;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records every evaluation of a decision table in a client's process (SPEC 7.4): the
 * decision's key, name and version, its inputs, the outputs of the rules that matched. It
 * runs inside the engine's transaction, so the evidence is stored exactly when the
 * decision is, and it is the project's own record: the engine's history of the same
 * evaluation is cleaned after its time to live, this is kept for the record-keeping
 * period. A decision evaluated outside a process (none is today) has no client and is not
 * recorded.
 */
@Component
class DecisionEvidence extends AbstractProcessEnginePlugin implements DmnDecisionEvaluationListener {

	private static final String INSERT = "INSERT INTO decision_evaluations (id, client_id, process_instance_id, "
			+ "application_id, relation_id, activity_id, decision_key, decision_name, decision_version, inputs, "
			+ "outputs, evaluated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final ObjectMapper objectMapper;

	private final Clock clock;

	DecisionEvidence(JdbcTemplate jdbc, ObjectMapper objectMapper, Clock clock) {
		this.jdbc = jdbc;
		this.objectMapper = objectMapper;
		this.clock = clock;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
				? configuration.getDmnEngineConfiguration() : new DefaultDmnEngineConfiguration();
		dmn.getCustomPostDecisionEvaluationListeners().add(this);
		configuration.setDmnEngineConfiguration(dmn);
	}

	@Override
	public void notify(DmnDecisionEvaluationEvent event) {
		BpmnExecutionContext context = Context.getBpmnExecutionContext();
		DelegateExecution execution = context == null ? null : context.getExecution();
		UUID clientId = execution == null ? null : uuid(execution.getProcessBusinessKey());
		if (clientId == null) {
			return;
		}
		record(event.getDecisionResult(), execution, clientId);
		for (DmnDecisionLogicEvaluationEvent required : event.getRequiredDecisionResults()) {
			record(required, execution, clientId);
		}
	}

	private void record(DmnDecisionLogicEvaluationEvent evaluation, DelegateExecution execution, UUID clientId) {
		if (!(evaluation instanceof DmnDecisionTableEvaluationEvent table)) {
			return;
		}
		DmnDecision decision = evaluation.getDecision();
		int version = decision instanceof DecisionDefinition definition ? definition.getVersion() : 0;
		jdbc.update(INSERT, UUID.randomUUID(), clientId, execution.getProcessInstanceId(),
				uuid(execution.getVariable("applicationId")), uuid(execution.getVariable("relationId")),
				execution.getCurrentActivityId(), decision.getKey(), decision.getName(), version,
				json(inputs(table.getInputs())), json(outputs(table.getMatchingRules())),
				Timestamp.from(clock.instant()));
	}

	private static Map<String, Object> inputs(List<DmnEvaluatedInput> inputs) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (DmnEvaluatedInput input : inputs) {
			String name = input.getName() != null ? input.getName() : input.getInputVariable();
			values.put(name, input.getValue() == null ? null : input.getValue().getValue());
		}
		return values;
	}

	private static List<Map<String, Object>> outputs(List<DmnEvaluatedDecisionRule> rules) {
		return rules.stream().map(rule -> {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("rule", rule.getId());
			for (DmnEvaluatedOutput output : rule.getOutputEntries().values()) {
				values.put(output.getOutputName() != null ? output.getOutputName() : output.getName(),
						output.getValue() == null ? null : output.getValue().getValue());
			}
			return values;
		}).toList();
	}

	private String json(Object value) {
		try {
			return objectMapper.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("A decision's inputs could not be written as JSON", e);
		}
	}

	private static UUID uuid(Object value) {
		if (value == null) {
			return null;
		}
		try {
			return UUID.fromString(value.toString());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
