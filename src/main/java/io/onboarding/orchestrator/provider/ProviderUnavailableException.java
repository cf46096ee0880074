package io.onboarding.orchestrator.provider;

/**
 * A call to a provider that may succeed later: the provider is down, slow, refused our
 * key or answered something unexpected. The job that made the call fails, is retried on
 * the provider's retry cycle and becomes an incident when the retries run out. The
 * message names the provider, the call and the HTTP status, never a person's data.
 */
public class ProviderUnavailableException extends RuntimeException {

	public ProviderUnavailableException(String message) {
		super(message);
	}

	public ProviderUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
