package io.onboarding.orchestrator.relation;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Relations extends JpaRepository<Relation, UUID> {

    /** Related parties whose screening found something (a hit under review, or rejected by an officer). */
    @org.springframework.data.jpa.repository.Query("select count(r) > 0 from Relation r where r.clientId = :clientId "
            + "and r.screeningStatus in ('hit', 'rejected')")
    boolean anyScreeningHits(UUID clientId);
}
