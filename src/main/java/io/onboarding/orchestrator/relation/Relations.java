package io.onboarding.orchestrator.relation;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Relations extends JpaRepository<Relation, UUID> {
}
