package io.onboarding.orchestrator.privacy;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onboarding.retention.*} (SPEC 7.5): how long a closed client's personal data is
 * kept, {@code P5Y} by default (the AML record-keeping period after a relationship ends).
 */
@ConfigurationProperties("onboarding.retention")
record RetentionSettings(Period afterClosure) {

	RetentionSettings {
		afterClosure = afterClosure == null ? Period.ofYears(5) : afterClosure;
	}
}
