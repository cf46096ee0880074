package io.onboarding.orchestrator.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A transient value is read by the steps of its transaction and neither stored nor
 * recorded; where an older instance stored it, it is updated as before.
 */
class ProcessVariablesTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
		.builder("process-test.camunda.cfg.xml")
		.build();

	private final List<Object> seenByTheNextStep = new ArrayList<>();

	private ProcessEngine engine;

	private String deployment;

	@BeforeEach
	void deploy() {
		engine = extension.getProcessEngine();
		Mocks.register("setFact", (JavaDelegate) execution -> ProcessVariables.setTransient(execution, "fact", true));
		Mocks.register("readFact", (JavaDelegate) execution -> seenByTheNextStep.add(execution.getVariable("fact")));
		deployment = engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("transient.bpmn",
					Bpmn.createExecutableProcess("transient")
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.serviceTask("Set")
						.camundaDelegateExpression("${setFact}")
						.serviceTask("Read")
						.camundaDelegateExpression("${readFact}")
						.userTask("Wait")
						.endEvent()
						.done())
			.deploy()
			.getId();
	}

	@AfterEach
	void undeploy() {
		engine.getRepositoryService().deleteDeployment(deployment, true);
		Mocks.reset();
	}

	@Test
	void aTransientValueIsReadInItsTransactionAndNeitherStoredNorRecorded() {
		ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("transient");

		assertThat(seenByTheNextStep).containsExactly(true);
		assertThat(engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKey("fact");
		assertThat(engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName("fact")
			.count()).isZero();
	}

	@Test
	void aValueAnOlderInstanceStoredIsUpdated() {
		ProcessInstance instance = engine.getRuntimeService()
			.startProcessInstanceByKey("transient", Map.of("fact", false));

		assertThat(seenByTheNextStep).containsExactly(true);
		assertThat(engine.getRuntimeService().getVariables(instance.getId())).containsEntry("fact", true);
	}

}
