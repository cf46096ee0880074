package io.onboarding.orchestrator.infrastructure;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Reads the engine's variables with their types, for the process-facing classes' typed
 * accessors: an execution and a task alike; and sets the transient ones.
 */
public final class ProcessVariables {

	private ProcessVariables() {
	}

	/**
	 * Sets a value that only the steps up to the next save point read: transient, so the
	 * engine neither stores nor records it (a stored variable costs a runtime row, a
	 * history row and the runtime row's removal). An instance started before the value
	 * became transient holds it stored, and the engine refuses a transient value over a
	 * stored one: there it is updated as before.
	 */
	public static void setTransient(VariableScope scope, String name, Object value) {
		TypedValue current = scope.getVariableTyped(name);
		scope.setVariable(name, Variables.untypedValue(value, current == null || current.isTransient()));
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
