package io.onboarding.orchestrator.client;

import io.onboarding.orchestrator.infrastructure.WireValue;
import jakarta.persistence.Converter;

/** The onboarding status of a client (SPEC 3.1). */
public enum ClientStatus implements WireValue {

	PENDING, PARTNER_REVIEW, ACTIVE, REJECTED, AUTO_DECLINED, FROZEN, CLOSED;

	/**
	 * The relationship has ended or never began: nothing more is opened for the client,
	 * and its personal data may be erased (SPEC 7.5); an active, frozen or pending client
	 * is still being looked after.
	 */
	public boolean hasEnded() {
		return this == CLOSED || this == REJECTED || this == AUTO_DECLINED;
	}

	@Converter(autoApply = true)
	static class Column extends WireValue.Column<ClientStatus> {

		Column() {
			super(ClientStatus.class);
		}

	}

}
