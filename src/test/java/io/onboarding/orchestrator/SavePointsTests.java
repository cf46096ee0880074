package io.onboarding.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;

/**
 * Every save point of the processes gives its reason where an operator reads it, in the
 * element's documentation (Cockpit and the modeler show it): each one costs a transaction
 * and a job, so it stays only where a step calls another system, waits, or must be
 * retried on its own.
 */
class SavePointsTests {

	@Test
	void everySavePointSaysWhyItIsThere() throws IOException {
		List<String> unexplained = new ArrayList<>();
		int savePoints = 0;
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
				for (FlowNode node : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(FlowNode.class)) {
					String documentation = documentation(node);
					if (node.isCamundaAsyncBefore()) {
						savePoints++;
						if (!documentation.contains("save point before")) {
							unexplained.add(file.getFileName() + " " + node.getId() + " (before)");
						}
					}
					if (node.isCamundaAsyncAfter()) {
						savePoints++;
						if (!documentation.contains("save point after")) {
							unexplained.add(file.getFileName() + " " + node.getId() + " (after)");
						}
					}
				}
			}
		}
		assertThat(savePoints).as("the processes have save points to check").isPositive();
		assertThat(unexplained).as("save points whose documentation does not say \"Save point before/after: why\"")
			.isEmpty();
	}

	private static String documentation(FlowNode node) {
		return String.join(" ", node.getDocumentations().stream().map(Documentation::getTextContent).toList())
			.toLowerCase(Locale.ROOT);
	}

}
