/**
 * Data protection (SPEC 7.5): erasure of a client's personal data on request or when the
 * retention after its relationship ended runs out, everywhere the service keeps it.
 */
package io.onboarding.orchestrator.privacy;
