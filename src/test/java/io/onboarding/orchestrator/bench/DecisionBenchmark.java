package io.onboarding.orchestrator.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;

import io.onboarding.orchestrator.infrastructure.ParsedFeelEngine;

/**
 * The CPU time of one evaluation of each decision table in {@code processes/} (not a
 * test): the DMN engine alone, in one thread, each input a plain value that matches no
 * early rule (false, "none"), so that every rule is tried; with Camunda's FEEL engine,
 * and with the service's, which parses each expression once ({@link ParsedFeelEngine}).
 * Prints the median of five rounds after three of warm-up. Run with
 * {@code bench/decisions.sh}.
 */
public final class DecisionBenchmark {

	private static final int ROUNDS = 5;

	private static final int WARM_UP_ROUNDS = 3;

	public static void main(String[] args) throws IOException {
		int evaluations = Integer.getInteger("evaluations", 3000);
		DmnEngine camundas = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		DmnEngine services = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration
			.createDefaultDmnEngineConfiguration()).feelEngineFactory(() -> new ParsedFeelEngine(List.of()))
			.buildEngine();
		System.out.printf("| decision | µs per evaluation, Camunda's FEEL engine | the service's "
				+ "(median of %d rounds of %d) |%n", ROUNDS, evaluations);
		System.out.println("|---|---|---|");
		for (Path file : decisionFiles()) {
			DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
			VariableMap inputs = neutralInputs(model);
			List<DmnDecision> decisions = camundas.parseDecisions(model);
			List<DmnDecision> parsedOnce = services.parseDecisions(model);
			for (int i = 0; i < decisions.size(); i++) {
				System.out.printf("| %s | %.1f | %.1f |%n", decisions.get(i).getKey(),
						medianMicros(camundas, decisions.get(i), inputs, evaluations),
						medianMicros(services, parsedOnce.get(i), inputs, evaluations));
			}
		}
	}

	private static List<Path> decisionFiles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			return files.filter(file -> file.toString().endsWith(".dmn")).sorted().toList();
		}
	}

	private static VariableMap neutralInputs(DmnModelInstance model) {
		VariableMap inputs = Variables.createVariables();
		for (Input input : model.getModelElementsByType(Input.class)) {
			String name = input.getInputExpression().getText().getTextContent().trim();
			inputs.putValue(name, "boolean".equals(input.getInputExpression().getTypeRef()) ? Boolean.FALSE : "none");
		}
		return inputs;
	}

	private static double medianMicros(DmnEngine engine, DmnDecision decision, VariableMap inputs, int evaluations) {
		double[] rounds = new double[ROUNDS];
		for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
			long started = System.nanoTime();
			for (int i = 0; i < evaluations; i++) {
				engine.evaluateDecision(decision, inputs);
			}
			double micros = (System.nanoTime() - started) / 1000.0 / evaluations;
			if (round >= WARM_UP_ROUNDS) {
				rounds[round - WARM_UP_ROUNDS] = micros;
			}
		}
		Arrays.sort(rounds);
		return rounds[ROUNDS / 2];
	}

}
