package io.onboarding.orchestrator.client;

import io.onboarding.orchestrator.infrastructure.WireValue;
import jakarta.persistence.Converter;

/** The onboarding status of a client (SPEC 3.1). */
public enum ClientStatus implements WireValue {

	PENDING, PARTNER_REVIEW, ACTIVE, REJECTED, AUTO_DECLINED, FROZEN;

	@Converter(autoApply = true)
	static class Column extends WireValue.Column<ClientStatus> {

		Column() {
			super(ClientStatus.class);
		}

	}

}
