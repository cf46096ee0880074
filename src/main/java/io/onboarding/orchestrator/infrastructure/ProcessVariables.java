package io.onboarding.orchestrator.infrastructure;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads the engine's variables with their types, for the process-facing classes' typed
 * accessors: an execution and a task alike.
 */
public final class ProcessVariables {

	private ProcessVariables() {
	}

	/**
	 * An id the process carries as text; a missing one is a broken model, not bad input.
	 */
	public static UUID id(VariableScope scope, String name) {
		return UUID.fromString(text(scope, name));
	}

	public static String text(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		if (value != null && !(value instanceof String)) {
			throw new IllegalStateException(
					"Variable " + name + " is " + value.getClass().getSimpleName() + ", not text");
		}
		return (String) value;
	}

	/** A gateway input: only true is true. */
	public static boolean flag(VariableScope scope, String name) {
		return Boolean.TRUE.equals(scope.getVariable(name));
	}

	/** An enum the process carries as its spelling, or null. */
	public static <E extends Enum<E> & WireValue> E wireValue(VariableScope scope, String name, Class<E> type) {
		String text = text(scope, name);
		return text == null ? null : WireValue.of(type, text);
	}

}
