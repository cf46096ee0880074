package io.onboarding.orchestrator.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ParsedFeelEngine} answers as Camunda's FEEL engine does, parsing each expression
 * once. The decision tables' own tests run through it too (process-test.camunda.cfg.xml
 * installs it; DecisionEngineIT checks that the service does).
 */
class ParsedFeelEngineTests {

	private final ScalaFeelEngine camunda = new ScalaFeelEngine(List.of());

	private final ParsedFeelEngine parsedOnce = new ParsedFeelEngine(List.of());

	private final VariableMap variables = Variables.createVariables()
		.putValue("riskScore", "mediumHigh")
		.putValue("age", 17)
		.putValue("pep", true)
		.putValue("country", "gb");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "riskScore", "pep", "age + 1", "age < 18", "\"high\"",
			"if pep then \"review\" else \"approve\"", "upper case(country)", "missing" })
	void expressionsEvaluateAsCamundasDo(String expression) {
		Object expected = camunda.evaluateSimpleExpression(expression, variables.asVariableContext());

		for (int evaluation = 0; evaluation < 3; evaluation++) {
			Object actual = parsedOnce.evaluateSimpleExpression(expression, variables.asVariableContext());
			assertThat(actual).isEqualTo(expected);
		}
		assertThat(parsedOnce.size()).as("parsed once, kept").isEqualTo(1);
	}

	@ParameterizedTest(name = "{0} on {1}")
	@CsvSource(delimiter = '|',
			value = { "\"high\",\"mediumHigh\" | riskScore", "\"medium\",\"lowMedium\" | riskScore", "true | pep",
					"false | pep", "< 18 | age", "[18..65] | age", "not(\"gb\",\"us\") | country", "- | age",
					"? < 20 | age", "< 18 | missing", "\"gb\" | missing", "null | missing" })
	void unaryTestsEvaluateAsCamundasDo(String test, String input) {
		boolean expected = camunda.evaluateSimpleUnaryTests(test, input, variables.asVariableContext());

		for (int evaluation = 0; evaluation < 3; evaluation++) {
			assertThat(parsedOnce.evaluateSimpleUnaryTests(test, input, variables.asVariableContext()))
				.isEqualTo(expected);
		}
		assertThat(parsedOnce.size()).isEqualTo(1);
	}

	@Test
	void whatDoesNotParseFailsWithCamundasMessageAndIsNotKept() {
		failsAsCamundas(feel -> feel.evaluateSimpleExpression("riskScore = = \"high\"", variables.asVariableContext()));
		failsAsCamundas(feel -> feel.evaluateSimpleUnaryTests("[1..", "age", variables.asVariableContext()));
		assertThat(parsedOnce.size()).isZero();
	}

	@Test
	void whatFailsToEvaluateFailsWithCamundasMessage() {
		failsAsCamundas(feel -> feel.evaluateSimpleExpression("assert(age, age > 18, \"too young\")",
				variables.asVariableContext()));
	}

	@Test
	void keepsAtMostItsCapacity() {
		for (int i = 0; i < ParsedFeelEngine.CAPACITY + 5; i++) {
			assertThat((Object) parsedOnce.evaluateSimpleExpression("age + " + i, variables.asVariableContext()))
				.isEqualTo(17L + i);
		}
		assertThat(parsedOnce.size()).isEqualTo(ParsedFeelEngine.CAPACITY);
	}

	/**
	 * The evaluation fails on ours as on Camunda's engine: a FeelException, same message.
	 */
	private void failsAsCamundas(Consumer<FeelEngine> evaluation) {
		String camundasMessage;
		try {
			evaluation.accept(camunda);
			throw new AssertionError("Camunda's engine did not fail");
		}
		catch (FeelException e) {
			camundasMessage = e.getMessage();
		}
		assertThatThrownBy(() -> evaluation.accept(parsedOnce)).isInstanceOf(FeelException.class)
			.hasMessage(camundasMessage);
	}

}
