package io.onboarding.orchestrator.reliability;

import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.ProviderCallbacks;

/**
 * The traffic of a busy day, sent through a {@link Ledger}: integrators creating clients
 * (every third one with a full KYC review) and an officer approving every application
 * that reaches review; and, when the nodes send those to Sumsub, Sumsub's callbacks. The
 * nodes it talks to are looked up for every request, so that the load follows a restart
 * or spreads over a cluster.
 */
final class OnboardingLoad {

	private final Ledger ledger;

	private final String marker;

	private final Supplier<Api> integrator;

	private final Supplier<Api> officer;

	private final AtomicInteger sequence = new AtomicInteger();

	private final Set<String> reviewed = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean running = new AtomicBoolean();

	private final List<Thread> threads = new ArrayList<>();

	/** Sumsub's side, when the nodes send FULL_KYC applicants there; else null. */
	private volatile Supplier<Api> provider;

	/** When each applicant's verdict happened at "Sumsub": a resend is the same event. */
	private final Map<String, Instant> verdicts = new ConcurrentHashMap<>();

	private final AtomicInteger callbacksSent = new AtomicInteger();

	/**
	 * {@code marker} starts every email of this load's clients, so that the database can
	 * be asked about them.
	 */
	OnboardingLoad(Ledger ledger, String marker, Supplier<Api> integrator, Supplier<Api> officer) {
		this.ledger = ledger;
		this.marker = marker;
		this.integrator = integrator;
		this.officer = officer;
	}

	/**
	 * Plays Sumsub for the clients that wait in {@code partner_review}: each applicant's
	 * {@code applicantPending}, then its GREEN review twice (a retry after a lost
	 * acknowledgement, as Sumsub does), all resent until answered, signed, to the node
	 * {@code provider} talks to.
	 */
	OnboardingLoad verifyingAtSumsub(Supplier<Api> provider) {
		this.provider = provider;
		return this;
	}

	/** The callbacks sent as Sumsub, answered or not. */
	int callbacksSent() {
		return callbacksSent.get();
	}

	void start(int creators) {
		running.set(true);
		for (int i = 0; i < creators; i++) {
			threads.add(started(this::createWhileRunning));
		}
		threads.add(started(this::approveWhileRunning));
	}

	private static Thread started(Runnable work) {
		Thread thread = new Thread(work, "onboarding-load");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	void stop() throws InterruptedException {
		running.set(false);
		for (Thread thread : threads) {
			thread.join();
		}
		threads.clear();
	}

	/** Approves, once, every application of this load that waits for review. */
	void approveWaiting() {
		for (String clientId : clientsForReview()) {
			JsonNode client = integrator.get().get("/clients/" + clientId).json().path("data").path("client");
			if (provider != null && "partner_review".equals(client.path("status").asText())) {
				verify(clientId, client.path("verification").path("applicantId").asText());
				continue;
			}
			JsonNode application = client.path("application");
			String applicationId = application.path("id").asText();
			if ("under_review".equals(application.path("status").asText()) && !reviewed.contains(applicationId)) {
				String key = "decision-" + applicationId;
				ledger.send(officer.get(), key, "/applications/" + applicationId + "/decision",
						"{\"data\": {\"decision\": \"approve\", \"reason\": \"documents verified\"}}");
				if (ledger.entry(key).answered()) {
					reviewed.add(applicationId);
				}
			}
		}
	}

	private void verify(String clientId, String applicantId) {
		if (applicantId.isEmpty()) {
			return; // not registered yet
		}
		Instant pendingAt = verdicts.computeIfAbsent(applicantId, id -> Instant.now());
		for (String callback : List.of(
				ProviderCallbacks.sumsubEvent("applicantPending", applicantId, clientId, "pending", pendingAt),
				ProviderCallbacks.sumsubReviewed(applicantId, clientId, "GREEN", null, List.of(),
						pendingAt.plusSeconds(1)))) {
			for (int copy = 0; copy < 2; copy++) {
				callbacksSent.incrementAndGet();
				Api.Response answer = ProviderCallbacks.toSumsub(provider.get(), callback);
				if (answer.status() != 200) {
					return; // Sumsub tries again later: the next round
				}
			}
		}
	}

	/**
	 * The clients created with a full KYC review (their creation answered 201, at last).
	 */
	Set<String> clientsForReview() {
		return ledger.entries()
			.stream()
			.filter(entry -> entry.path().equals("/clients") && entry.body().contains("\"FULL_KYC\"")
					&& entry.answer() != null && entry.answer().status() == 201)
			.map(entry -> entry.answer().json().path("data").path("client").path("id").asText())
			.collect(java.util.stream.Collectors.toSet());
	}

	String marker() {
		return marker;
	}

	private void createWhileRunning() {
		while (running.get()) {
			int n = sequence.incrementAndGet();
			boolean review = n % 3 == 0;
			String key = marker + n;
			Payload request = Payload.individual()
				.set("data.client.profile.email", key + "@example.com")
				.set("workflow.kycLevel", review ? "FULL_KYC" : "NOT_REQUIRED");
			Api.Response created = ledger.send(integrator.get(), key, "/clients", request.toString());
			if (created == null) {
				return; // the node is gone: this round's load is over
			}
		}
	}

	private void approveWhileRunning() {
		while (running.get()) {
			try {
				approveWaiting();
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException nodeGone) {
				return;
			}
		}
	}

}
