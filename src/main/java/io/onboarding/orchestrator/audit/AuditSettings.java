package io.onboarding.orchestrator.audit;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onboarding.audit.*}: how long the service's own audit trail is kept (application
 * decisions, compliance changes, accepted contracts): five years by default, the usual
 * retention of customer due diligence records; the engine's history follows its own time
 * to live.
 */
@ConfigurationProperties("onboarding.audit")
record AuditSettings(Period retention) {

	AuditSettings {
		retention = retention == null ? Period.ofYears(5) : retention;
	}
}
