package io.onboarding.orchestrator.api;

/** Valid input that breaks a business rule, such as relations on an individual: 422. */
public class BusinessRuleException extends RuntimeException {

	private final String field;

	public BusinessRuleException(String detail) {
		this(null, detail);
	}

	public BusinessRuleException(String field, String detail) {
		super(detail);
		this.field = field;
	}

	/** The JSON path of the field the rule is about, or null. */
	public String field() {
		return field;
	}

}
