package io.onboarding.orchestrator.verification;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.client.ClientDirectory;
import io.onboarding.orchestrator.client.ClientLifecycle;

/**
 * The verification steps of {@code kyc-application} (SPEC 6.3): register the applicant at
 * the provider and show its link, issue a fresh link after a retry or a reset, remind,
 * expire. Each change is published as {@code verification/updated}.
 */
@Service
public class VerificationService {

	private final Verifications verifications;

	private final VerificationProviders providers;

	private final ClientDirectory clients;

	private final ClientLifecycle lifecycle;

	private final VerificationEvents events;

	private final Clock clock;

	VerificationService(Verifications verifications, VerificationProviders providers, ClientDirectory clients,
			ClientLifecycle lifecycle, VerificationEvents events, Clock clock) {
		this.verifications = verifications;
		this.providers = providers;
		this.clients = clients;
		this.lifecycle = lifecycle;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * "Register applicant at provider": the provider's applicant and link, kept as the
	 * application's verification; the client waits for it ({@code partner_review}). Run
	 * again (a retried job), it finds the link it made.
	 */
	@Transactional
	public void register(UUID applicationId, UUID clientId, String provider) {
		if (verifications.findLiveForUpdate(applicationId).isPresent()) {
			lifecycle.awaitingVerification(clientId);
			return;
		}
		Applicant applicant = Applicant.of(clients.snapshot(clientId));
		Registration registration = providers.require(provider).register(applicant);
		Verification verification = verifications.save(
				new Verification(UUID.randomUUID(), clientId, applicationId, provider, registration, clock.instant()));
		lifecycle.awaitingVerification(clientId);
		events.updated(verification);
	}

	/**
	 * "Issue a fresh link": after a retry or a reset, the link the applicant is to use
	 * now; the one it replaces keeps its row with {@code deletedAt}.
	 */
	@Transactional
	public void renewLink(UUID applicationId) {
		Verification current = live(applicationId);
		Applicant applicant = Applicant.of(clients.snapshot(current.clientId()));
		Registration registration = providers.require(current.provider()).renewLink(current.applicantId(), applicant);
		Instant now = clock.instant();
		current.replaced(now);
		verifications.flush();
		Verification fresh = verifications.save(new Verification(UUID.randomUUID(), current.clientId(), applicationId,
				current.provider(), registration, now));
		events.updated(fresh);
	}

	/** The provider verified the applicant: the client's application goes on. */
	@Transactional
	public void applicantVerified(UUID clientId) {
		lifecycle.verificationEnded(clientId);
	}

	/** Reminds the integrator that the applicant has not finished at the provider yet. */
	@Transactional
	public void remind(UUID applicationId) {
		events.reminder(live(applicationId));
	}

	/** Nobody finished at the provider within {@code onboarding.verification.timeout}. */
	@Transactional
	public void expire(UUID applicationId) {
		Optional<Verification> verification = verifications.findLiveForUpdate(applicationId);
		verification.ifPresent(v -> {
			v.expired(clock.instant());
			events.updated(v);
		});
	}

	/**
	 * Whether a provider verified the application's applicant (its live link completed).
	 */
	@Transactional(readOnly = true)
	public boolean isVerified(UUID applicationId) {
		return verifications.findByApplicationIdAndDeletedAtIsNull(applicationId)
			.map(verification -> verification.status() == VerificationStatus.COMPLETED)
			.orElse(false);
	}

	/**
	 * What an officer reads of the application's verification, such as "sumsub:
	 * completed".
	 */
	@Transactional(readOnly = true)
	public String describe(UUID applicationId) {
		return verifications.findByApplicationIdAndDeletedAtIsNull(applicationId)
			.map(verification -> verification.status().forOfficers() + " by " + verification.provider()
					+ (verification.rejectLabels().isEmpty() ? ""
							: " (" + String.join(", ", verification.rejectLabels()) + ")")
					+ ", applicant " + verification.applicantId())
			.orElse("no provider for this KYC level");
	}

	private Verification live(UUID applicationId) {
		return verifications.findLiveForUpdate(applicationId)
			.orElseThrow(() -> new IllegalStateException("Application " + applicationId + " has no live verification"));
	}

}
