package io.onboarding.orchestrator.client;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Clients extends JpaRepository<Client, UUID>, JpaSpecificationExecutor<Client> {

    boolean existsByClientNumber(String clientNumber);

    /** Whether any client acts as a customer of this one: then it is a sub-client. */
    boolean existsBySubClientId(UUID subClientId);

    /**
     * Reads a client to change it, locking its row: an integrator's update and a process step that
     * touch the same client wait for each other instead of failing each other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Client c where c.id = :id")
    Optional<Client> findForUpdate(UUID id);
}
