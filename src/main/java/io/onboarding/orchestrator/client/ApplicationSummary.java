package io.onboarding.orchestrator.client;

import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The client's current KYC application as the client shows it: {@code application: {id,
 * status, decision}}; the application module also says what it means for the client's
 * {@code kycStatus}.
 */
public record ApplicationSummary(UUID id, String status, String decision, @JsonIgnore KycStatus kycStatus) {
}
