package io.onboarding.orchestrator.application;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Applications extends JpaRepository<Application, UUID> {
}
