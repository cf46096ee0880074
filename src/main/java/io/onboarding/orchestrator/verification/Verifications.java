package io.onboarding.orchestrator.verification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Verifications extends JpaRepository<Verification, UUID> {

	/** Read for every view of a client. */
	@Query("select v from Verification v where v.clientId = :clientId order by v.createdAt")
	List<Verification> findByClientIdOrderByCreatedAt(UUID clientId);

	/**
	 * The link of the provider's applicant a callback is about, newest first, locked to
	 * apply it.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select v from Verification v where v.provider = :provider and v.applicantId = :applicantId "
			+ "order by v.createdAt desc")
	List<Verification> findForUpdate(String provider, String applicantId);

	@Query("select v from Verification v where v.applicationId = :applicationId and v.deletedAt is null")
	Optional<Verification> findByApplicationIdAndDeletedAtIsNull(UUID applicationId);

	/** The application's live link, locked. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select v from Verification v where v.applicationId = :applicationId and v.deletedAt is null")
	Optional<Verification> findLiveForUpdate(UUID applicationId);

}
