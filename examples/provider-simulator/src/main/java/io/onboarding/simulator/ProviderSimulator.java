package io.onboarding.simulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Sumsub and Persona on a developer's machine: the part of their APIs the orchestrator
 * calls (checked as strictly as the providers check it: Sumsub's request signature,
 * Persona's bearer key), the page where the end user would verify, and buttons that send
 * each provider's webhooks, signed as each provider signs them. Everything is in memory.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ProviderSimulator {

	public static void main(String[] args) {
		SpringApplication.run(ProviderSimulator.class, args);
	}

}
