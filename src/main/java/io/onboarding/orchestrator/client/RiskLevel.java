package io.onboarding.orchestrator.client;

import io.onboarding.orchestrator.infrastructure.WireValue;
import jakarta.persistence.Converter;

/**
 * How risky a party is: set by screening, or by an officer (SPEC 3.1
 * compliance.riskLevel).
 */
public enum RiskLevel implements WireValue {

	LOW, MEDIUM, HIGH;

	@Converter(autoApply = true)
	static class Column extends WireValue.Column<RiskLevel> {

		Column() {
			super(RiskLevel.class);
		}

	}

}
