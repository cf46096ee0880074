package io.onboarding.orchestrator.webhook;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookEvents extends JpaRepository<WebhookEvent, UUID> {
}
