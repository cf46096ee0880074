package io.onboarding.orchestrator.client;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ComplianceRecords extends JpaRepository<ComplianceRecord, UUID> {

}
