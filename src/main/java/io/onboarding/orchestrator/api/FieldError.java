package io.onboarding.orchestrator.api;

/**
 * One violated rule, named by the JSON path of the field in the request (or the query
 * parameter).
 */
public record FieldError(String field, String message) {
}
