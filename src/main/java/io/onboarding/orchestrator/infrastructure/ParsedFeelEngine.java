package io.onboarding.orchestrator.infrastructure;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Camunda's FEEL engine for decision tables, with each expression parsed once. Camunda's
 * own parses an input expression or a rule's test again at every evaluation: in a profile
 * of end-to-end onboardings, parsing took half of the decision tables' CPU, 8 % of the
 * service's. A parsed expression is an immutable syntax tree, shared by every thread;
 * evaluation is Camunda's own (same contexts, same errors). Only what parses is kept, and
 * at most {@link #CAPACITY} expressions: the deployed tables' cells, a bounded set.
 */
public class ParsedFeelEngine extends ScalaFeelEngine {

	static final int CAPACITY = 10_000;

	private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();

	private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

	public ParsedFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
		super(functionProviders);
	}

	@Override
	public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
		ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
		if (parsed == null) {
			// Camunda's own path, for its message about what does not parse
			return super.evaluateSimpleExpression(expression, variableContext);
		}
		return result(feelEngine.eval(parsed, context(new ContextVariableWrapper(variableContext))));
	}

	@Override
	public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
		ParsedExpression parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
		if (parsed == null) {
			return super.evaluateSimpleUnaryTests(expression, inputVariable, variableContext);
		}
		// as Camunda's: the test reads its input through the variable that names it
		VariableProvider input = new StaticVariableProvider(
				new camundajar.impl.scala.collection.immutable.Map.Map1<>(INPUT_VARIABLE_NAME, inputVariable));
		VariableProvider variables = new CompositeVariableProvider(
				toScalaList(input, new ContextVariableWrapper(variableContext)));
		// unboxed as Camunda's: a test that yields null does not match
		return BoxesRunTime.unboxToBoolean(result(feelEngine.eval(parsed, context(variables))));
	}

	int size() {
		return expressions.size() + unaryTests.size();
	}

	private ParsedExpression parsed(Map<String, ParsedExpression> cache, String expression,
			Function<String, Either<Failure, ParsedExpression>> parse) {
		ParsedExpression cached = cache.get(expression);
		if (cached != null) {
			return cached;
		}
		Either<Failure, ParsedExpression> parsed = parse.apply(expression);
		if (!(parsed instanceof Right<Failure, ParsedExpression> right)) {
			return null;
		}
		if (size() < CAPACITY) {
			cache.putIfAbsent(expression, right.value());
		}
		return right.value();
	}

	@SuppressWarnings("unchecked")
	private static <T> T result(Either<Failure, Object> evaluated) {
		if (evaluated instanceof Right<Failure, Object> right) {
			return (T) right.value();
		}
		throw LOGGER.evaluationException(((Left<Failure, Object>) evaluated).value().message());
	}

	private static CustomContext context(VariableProvider variables) {
		return new CustomContext() {
			@Override
			public VariableProvider variableProvider() {
				return variables;
			}
		};
	}

}
