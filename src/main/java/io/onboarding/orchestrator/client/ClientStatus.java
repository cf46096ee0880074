package io.onboarding.orchestrator.client;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The onboarding status of a client (SPEC 3.1). */
public enum ClientStatus {

	PENDING("pending"), PARTNER_REVIEW("partner_review"), ACTIVE("active"), REJECTED("rejected"),
	AUTO_DECLINED("auto_declined"), FROZEN("frozen");

	private final String value;

	ClientStatus(String value) {
		this.value = value;
	}

	@JsonValue
	public String value() {
		return value;
	}

	public static List<String> wireValues() {
		return Arrays.stream(values()).map(ClientStatus::value).toList();
	}

	static ClientStatus fromValue(String value) {
		for (ClientStatus status : values()) {
			if (status.value.equals(value)) {
				return status;
			}
		}
		throw new IllegalArgumentException("Unknown client status " + value);
	}

	@Converter(autoApply = true)
	static class Column implements AttributeConverter<ClientStatus, String> {

		@Override
		public String convertToDatabaseColumn(ClientStatus status) {
			return status == null ? null : status.value;
		}

		@Override
		public ClientStatus convertToEntityAttribute(String value) {
			return value == null ? null : fromValue(value);
		}

	}

}
