package io.onboarding.orchestrator.verification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.client.ClientDirectory;
import io.onboarding.orchestrator.provider.VerifiedApplicantReported;

/**
 * {@code POST /providers/{name}/callbacks} (SPEC 6.3): authenticated by the provider's
 * signature over the raw body, stored once by the provider's event id and applied in the
 * same transaction, so that a crash neither loses nor doubles one. The verification never
 * moves back (see {@link Verification#apply}); the application that waits for the verdict
 * gets it; an application that ended is left alone.
 */
@Service
class CallbackIntake {

	/** What the caller is answered: every accepted callback is a 200 to the provider. */
	enum Result {

		ACCEPTED, DUPLICATE

	}

	private final VerificationProviders providers;

	private final VerificationSettings settings;

	private final ProviderCallbacks callbacks;

	private final Verifications verifications;

	private final VerificationWaiters waiters;

	private final VerificationService service;

	private final VerificationEvents events;

	private final ClientDirectory clients;

	private final ApplicationEventPublisher announcements;

	private final Clock clock;

	CallbackIntake(VerificationProviders providers, VerificationSettings settings, ProviderCallbacks callbacks,
			Verifications verifications, VerificationWaiters waiters, VerificationService service,
			VerificationEvents events, ClientDirectory clients, ApplicationEventPublisher announcements, Clock clock) {
		this.providers = providers;
		this.settings = settings;
		this.callbacks = callbacks;
		this.verifications = verifications;
		this.waiters = waiters;
		this.service = service;
		this.events = events;
		this.clients = clients;
		this.announcements = announcements;
		this.clock = clock;
	}

	/**
	 * @throws io.onboarding.orchestrator.api.UnauthenticatedException a bad signature
	 * (401)
	 * @throws io.onboarding.orchestrator.api.InvalidRequestException not a callback (400)
	 * @throws DuplicateCallbackException the same event arrived at the same time on
	 * another request: this one rolls back
	 */
	@Transactional
	Result receive(String name, Map<String, String> headers, byte[] body) {
		VerificationProvider provider = providers.require(name);
		provider.authenticate(headers, body);
		ProviderEvent event = provider.read(body);
		if (callbacks.existsByProviderAndEventId(name, event.eventId())) {
			return Result.DUPLICATE;
		}
		Instant now = clock.instant();
		ProviderCallback callback;
		try {
			// a resend racing this one waits here for it, then fails on the unique
			// event id. save() merges a record with an assigned id: the copy it returns
			// is the managed one
			callback = callbacks
				.saveAndFlush(new ProviderCallback(name, event, new String(body, StandardCharsets.UTF_8), now));
		}
		catch (DataIntegrityViolationException sameEventMeanwhile) {
			throw new DuplicateCallbackException();
		}
		apply(name, event, callback);
		return Result.ACCEPTED;
	}

	private void apply(String provider, ProviderEvent event, ProviderCallback callback) {
		List<Verification> links = event.applicantId() == null ? List.of()
				: verifications.findForUpdate(provider, event.applicantId());
		if (links.isEmpty()) {
			boolean imported = importable(provider, event);
			if (imported) {
				announcements.publishEvent(new VerifiedApplicantReported(provider, event.applicantId()));
			}
			callback.ended(imported ? ProviderCallback.Outcome.IMPORTED : ProviderCallback.Outcome.UNKNOWN_APPLICANT,
					null);
			return;
		}
		Verification verification = links.stream()
			.filter(Verification::isLive)
			.findFirst()
			.orElse(links.stream().max(Comparator.comparing(Verification::createdAt)).orElseThrow());
		VerificationWaiters.State state = waiters.state(verification.applicationId());
		if (state == VerificationWaiters.State.DECIDED) {
			callback.ended(ProviderCallback.Outcome.NOT_AWAITED, verification.id());
			return;
		}
		if (!verification.apply(event, clock.instant())) {
			callback.ended(ProviderCallback.Outcome.STALE, verification.id());
			return;
		}
		events.updated(verification);
		boolean delivered = state == VerificationWaiters.State.WAITING && event.kind().decides();
		if (delivered) {
			waiters.deliver(verification.applicationId(), event.kind(), event.labels());
		}
		callback.ended(delivered || !event.kind().decides() ? ProviderCallback.Outcome.APPLIED
				: ProviderCallback.Outcome.NOT_AWAITED, verification.id());
	}

	/**
	 * An applicant the provider verified on its own, whom no client of ours names, from a
	 * provider configured to import them (SPEC 6.3, the IF platform's third-party
	 * onboarding).
	 */
	private boolean importable(String provider, ProviderEvent event) {
		return event.kind() == ProviderEvent.Kind.APPROVED && settings.provider(provider).importVerified()
				&& !namesAClient(event.externalUserId());
	}

	private boolean namesAClient(String externalUserId) {
		if (externalUserId == null) {
			return false;
		}
		try {
			return clients.exists(UUID.fromString(externalUserId));
		}
		catch (IllegalArgumentException notOurId) {
			return false;
		}
	}

	/** The same event is being recorded by another request right now. */
	static class DuplicateCallbackException extends RuntimeException {

		DuplicateCallbackException() {
			super("The callback was recorded by another request at the same time");
		}

	}

}
