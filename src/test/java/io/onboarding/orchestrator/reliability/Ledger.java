package io.onboarding.orchestrator.reliability;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.onboarding.orchestrator.support.Api;

/**
 * What the integrator sent and what it was answered, as an auditor would keep it: every
 * request carries an Idempotency-Key, so that one left without an answer (the node died
 * under it) can be sent again as it was, and every answer, once it comes, is kept against
 * its key.
 */
final class Ledger {

	/**
	 * One request: where it went, its body, and its latest answer (null while none came).
	 */
	record Entry(String key, String path, String body, Api.Response answer) {

		/**
		 * A final answer: not none, not a 5xx, not "the first request with this key still
		 * runs".
		 */
		boolean answered() {
			return answer != null && answer.status() / 100 != 5
					&& !(answer.status() == 409 && answer.text().contains("idempotency-key-in-flight"));
		}

		Entry answeredWith(Api.Response response) {
			return new Entry(key, path, body, response);
		}
	}

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final AtomicInteger lost = new AtomicInteger();

	/** Sends the request once; an answer is recorded, a connection that broke is not. */
	Api.Response send(Api api, String key, String path, String body) {
		entries.putIfAbsent(key, new Entry(key, path, body, null));
		try {
			Api.Response answer = api.withHeader("Idempotency-Key", key).post(path, body);
			entries.computeIfPresent(key, (k, entry) -> entry.answeredWith(answer));
			return answer;
		}
		catch (UncheckedIOException | IllegalStateException noAnswer) {
			lost.incrementAndGet();
			return null;
		}
	}

	/**
	 * Every request left without an answer is sent again, with its key, until it is
	 * answered.
	 */
	List<Entry> unanswered() {
		return entries.values().stream().filter(entry -> !entry.answered()).toList();
	}

	List<Entry> entries() {
		return List.copyOf(entries.values());
	}

	Entry entry(String key) {
		return entries.get(key);
	}

	/** Requests whose connection broke before an answer came (the crashes' victims). */
	int connectionsLost() {
		return lost.get();
	}

}
