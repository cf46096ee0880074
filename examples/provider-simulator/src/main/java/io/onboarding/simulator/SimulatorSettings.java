package io.onboarding.simulator;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code simulator.*}: the simulator's own address, the orchestrator's, the secrets. */
@ConfigurationProperties("simulator")
public record SimulatorSettings(URI publicUrl, URI orchestratorUrl, Sumsub sumsub, Persona persona) {

	public record Sumsub(String appToken, String secretKey, String webhookSecret) {
	}

	public record Persona(String apiKey, String webhookSecret) {
	}

	/** A link on the simulator's pages, as the end user opens it. */
	public String link(String path) {
		return publicUrl.resolve(path).toString();
	}

}
