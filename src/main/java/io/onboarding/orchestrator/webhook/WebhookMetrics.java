package io.onboarding.orchestrator.webhook;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Webhook figures for {@code /actuator/prometheus}: deliveries by outcome, the delay from
 * the event's commit to the endpoint's acceptance, the backlog of pending deliveries, and
 * the sends repeated at once on another connection (many of them: an endpoint that closes
 * kept-alive connections early).
 */
@Component
class WebhookMetrics {

	private final Counter delivered;

	private final Counter retried;

	private final Counter failed;

	private final Counter resent;

	private final Timer latency;

	WebhookMetrics(MeterRegistry registry, Deliveries deliveries) {
		delivered = outcome(registry, "delivered");
		retried = outcome(registry, "retry");
		failed = outcome(registry, "failed");
		resent = Counter.builder("onboarding.webhook.resends")
			.description("Webhooks sent again at once because the endpoint closed the connection under them")
			.register(registry);
		latency = Timer.builder("onboarding.webhook.delivery.latency")
			.description("From the event's commit to its acceptance by the endpoint")
			.publishPercentiles(0.5, 0.99)
			.register(registry);
		Gauge.builder("onboarding.webhook.backlog", deliveries, Deliveries::backlog)
			.description("Deliveries waiting to be sent or retried")
			.register(registry);
	}

	private static Counter outcome(MeterRegistry registry, String outcome) {
		return Counter.builder("onboarding.webhook.deliveries")
			.tag("outcome", outcome)
			.description("Webhook delivery attempts by outcome")
			.register(registry);
	}

	void delivered(Duration sinceEvent) {
		delivered.increment();
		latency.record(sinceEvent);
	}

	void retried() {
		retried.increment();
	}

	void failed() {
		failed.increment();
	}

	void resent() {
		resent.increment();
	}

}
