package io.onboarding.orchestrator.application;

/** Where an application stands in its lifecycle (SPEC 5.2). Stored and shown in lower case. */
enum ApplicationStatus {
    PENDING,
    SUBMITTED,
    UNDER_REVIEW,
    REQUEST_FOR_INFORMATION,
    ADMIN_REVISION,
    COMPLIANCE_REVIEW,
    APPROVED,
    DECLINED,
    COMPLETED;

    String value() {
        return name().toLowerCase();
    }
}
