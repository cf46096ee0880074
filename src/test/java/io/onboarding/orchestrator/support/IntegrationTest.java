package io.onboarding.orchestrator.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service on PostgreSQL, on a random port, driven over HTTP, with the provider
 * {@code railsbank} served by {@link ProviderStub}. Every integration test uses this same
 * configuration so that they share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "onboarding.api-keys=" + TestKeys.SETTING, "onboarding.admin.user=" + TestKeys.ADMIN,
				"onboarding.admin.password=" + TestKeys.ADMIN_PASSWORD, "onboarding.migrations.parallelism=4",
				"onboarding.migrations.poll-interval=500ms",
				"onboarding.screening.lists.sample=classpath:screening/sample-sanctions.csv",
				"onboarding.screening.lists.sample-un=classpath:screening/sample-un.xml",
				"onboarding.reviews.poll-interval=PT1S", "onboarding.screening.max-list-size=2MB",
				"onboarding.metrics.initial-delay=PT1S", "onboarding.metrics.refresh=PT2S",
				"onboarding.webhooks.encryption-key=webhook-encryption-key-for-tests",
				// the tests' webhook listeners are on loopback
				"onboarding.webhooks.allow-private-network=true", "onboarding.webhooks.poll-interval=200ms",
				"onboarding.webhooks.request-timeout=2s", "camunda.bpm.job-execution.wait-time-in-millis=200",
				"camunda.bpm.job-execution.max-wait=1000",
				// After a database outage (DatabaseOutageIT) a job whose failure could
				// not be recorded and
				// a key whose request could not be released are taken up again after
				// these, not minutes.
				"camunda.bpm.job-execution.lock-time-in-millis=20000", "onboarding.idempotency.in-flight-timeout=PT15S",
				"spring.datasource.hikari.connection-timeout=3000",
				// kept for LogsHoldNoPersonalData, which reads the whole run's log at
				// the end
				"logging.file.name=target/it-logs/service.log", "logging.logback.rollingpolicy.max-file-size=4GB" })
@ContextConfiguration(initializers = { PostgresTestDatabase.class, ProviderStub.class })
// Metrics are part of what is tested: keep their export on, as in production.
@AutoConfigureObservability
public @interface IntegrationTest {

}
