package io.onboarding.orchestrator;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

// No user store of Spring's own: the API knows API keys, the web apps know Camunda's users.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class OnboardingOrchestrator {

	public static void main(String[] args) {
		SpringApplication.run(OnboardingOrchestrator.class, args);
	}

	/**
	 * UTC, in microseconds: what both databases store, so a record reads back as it was
	 * written.
	 */
	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}

}
