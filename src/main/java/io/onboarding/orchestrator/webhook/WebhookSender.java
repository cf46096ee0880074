package io.onboarding.orchestrator.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import javax.net.ssl.SSLException;

import com.standardwebhooks.Webhook;
import org.springframework.stereotype.Component;

/**
 * Sends one webhook as the Standard Webhooks specification defines it: {@code webhook-id}
 * (the event's id, the same on every retry), {@code webhook-timestamp} and
 * {@code webhook-signature} ({@code v1,} and the base64 HMAC-SHA256 of
 * {@code id.timestamp.body}). Redirects are not followed and the answer's body is not
 * read beyond its status: nothing an endpoint says reaches the logs.
 */
@Component
class WebhookSender {

	static final String USER_AGENT = "Onboarding-Orchestrator-Webhooks/1.0";

	/**
	 * How soon a send must fail to be taken for a closed kept-alive connection (see
	 * {@link #post}).
	 */
	private static final Duration QUICK_FAILURE = Duration.ofSeconds(1);

	private final HttpClient http;

	private final NetworkGuard guard;

	private final WebhookSettings settings;

	private final WebhookMetrics metrics;

	private final Clock clock;

	WebhookSender(NetworkGuard guard, WebhookSettings settings, WebhookMetrics metrics, Clock clock) {
		this.guard = guard;
		this.settings = settings;
		this.metrics = metrics;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(settings.connectTimeout())
			.build();
	}

	Outcome send(URI url, String secret, UUID messageId, String payload) {
		Instant started = clock.instant();
		var refusal = guard.refusal(url);
		if (refusal.isPresent()) {
			return Outcome.error("endpoint address refused: " + refusal.get(), Duration.ZERO);
		}
		try {
			long timestamp = clock.instant().getEpochSecond();
			String signature = signer(secret).sign(messageId.toString(), timestamp, payload);
			HttpRequest request = HttpRequest.newBuilder(url)
				.timeout(settings.requestTimeout())
				.header("Content-Type", "application/json")
				.header("User-Agent", USER_AGENT)
				.header("webhook-id", messageId.toString())
				.header("webhook-timestamp", Long.toString(timestamp))
				.header("webhook-signature", signature)
				.POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
				.build();
			HttpResponse<Void> response = post(request, started);
			Duration took = Duration.between(started, clock.instant());
			return new Outcome(response.statusCode(), null,
					retryAfter(response.headers().firstValue("Retry-After").orElse(null)), took);
		}
		catch (HttpTimeoutException e) {
			return Outcome.error("timed out", Duration.between(started, clock.instant()));
		}
		catch (IOException e) {
			return Outcome.error("connection failed: " + e.getClass().getSimpleName(),
					Duration.between(started, clock.instant()));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Outcome.error("interrupted", Duration.between(started, clock.instant()));
		}
		catch (Exception e) {
			return Outcome.error("could not be sent: " + e.getClass().getSimpleName(),
					Duration.between(started, clock.instant()));
		}
	}

	/**
	 * A receiver may close a kept-alive connection just as the next webhook goes out on
	 * it: an HTTP/1.0 server that does not say {@code Connection: close}, or a keep-alive
	 * timeout racing the send. The JDK's client then fails at once, before any byte of
	 * answer, and, unlike for GET, does not resend a POST, so the webhook would wait for
	 * the retry schedule (5 s, then 5 min). It is resent once, at once, on another
	 * connection (the broken one has left the pool), as OkHttp does for such connections.
	 * Only a failure within {@link #QUICK_FAILURE} counts as one: a receiver that worked
	 * on the webhook for longer and then broke the connection waits for the schedule. The
	 * resend keeps to what is left of the request time-out (at least
	 * {@link #QUICK_FAILURE} of it), the address is checked again, and the copy has the
	 * same webhook-id, so a receiver that did process the first recognises it, as with
	 * any retry. Time-outs, refused connections (which the client already retries) and
	 * TLS failures are not resent: a second try would fail the same way.
	 */
	private HttpResponse<Void> post(HttpRequest request, Instant started) throws IOException, InterruptedException {
		Instant sent = clock.instant();
		try {
			return http.send(request, HttpResponse.BodyHandlers.discarding());
		}
		catch (HttpTimeoutException | ConnectException | SSLException notAClosedConnection) {
			throw notAClosedConnection;
		}
		catch (IOException closedConnection) {
			Instant failed = clock.instant();
			Duration left = settings.requestTimeout().minus(Duration.between(started, failed));
			if (Duration.between(sent, failed).compareTo(QUICK_FAILURE) > 0 || left.compareTo(QUICK_FAILURE) < 0
					|| guard.refusal(request.uri()).isPresent()) {
				throw closedConnection;
			}
			HttpRequest again = HttpRequest.newBuilder(request, (name, value) -> true).timeout(left).build();
			metrics.resent();
			return http.send(again, HttpResponse.BodyHandlers.discarding());
		}
	}

	/**
	 * Secrets of the form {@code whsec_<base64>} as the specification has them; any other
	 * text as its bytes.
	 */
	static Webhook signer(String secret) throws Exception {
		return secret.startsWith("whsec_") ? new Webhook(secret) : new Webhook(secret.getBytes(StandardCharsets.UTF_8));
	}

	private Duration retryAfter(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
		}
		catch (NumberFormatException notSeconds) {
			try {
				Instant at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				Duration wait = Duration.between(clock.instant(), at);
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (Exception notADate) {
				return null;
			}
		}
	}

	/**
	 * What came of an attempt: the status the endpoint answered, or why there was none.
	 */
	record Outcome(Integer statusCode, String error, Duration retryAfter, Duration took) {

		static Outcome error(String error, Duration took) {
			return new Outcome(null, error, null, took);
		}

		boolean accepted() {
			return statusCode != null && statusCode >= 200 && statusCode < 300;
		}

		boolean gone() {
			return statusCode != null && statusCode == 410;
		}

		String describe() {
			return error != null ? error : "endpoint answered " + statusCode;
		}
	}

}
