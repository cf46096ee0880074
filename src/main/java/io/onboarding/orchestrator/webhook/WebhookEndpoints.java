package io.onboarding.orchestrator.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.api.NotFoundException;

/** Registers, lists and retires webhook endpoints; holds their secrets encrypted. */
@Component
class WebhookEndpoints {

	private static final String COLUMNS = "id, url, events, enabled, disabled_reason, source, created_at";

	private final JdbcTemplate jdbc;

	private final SecretCipher cipher;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	WebhookEndpoints(JdbcTemplate jdbc, SecretCipher cipher, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
	}

	/**
	 * A new endpoint and its signing secret ({@code whsec_} and 32 random bytes in
	 * base64).
	 */
	@Transactional
	CreatedEndpoint create(URI url, List<String> events, String actor) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = "whsec_" + Base64.getEncoder().encodeToString(bytes);
		UUID id = UUID.randomUUID();
		insert(id, url.toString(), events, secret, Endpoint.FROM_API, actor);
		return new CreatedEndpoint(find(id), secret);
	}

	/**
	 * The endpoint of {@code onboarding.webhooks.url}: one row per URL, so that every
	 * node of a cluster agrees on it; endpoints of earlier configurations are retired.
	 */
	@Transactional
	void configure(URI url, String secret) {
		UUID id = UUID.nameUUIDFromBytes(("configured:" + url).getBytes(StandardCharsets.UTF_8));
		forgetSubscriptions();
		jdbc.update(
				"UPDATE webhook_endpoints SET deleted = TRUE, enabled = FALSE, disabled_reason = ? "
						+ "WHERE source = ? AND id <> ? AND NOT deleted",
				"removed from configuration", Endpoint.FROM_CONFIGURATION, id);
		boolean exists = !jdbc.queryForList("SELECT id FROM webhook_endpoints WHERE id = ?", UUID.class, id).isEmpty();
		if (exists) {
			jdbc.update("UPDATE webhook_endpoints SET secret_ciphertext = ?, deleted = FALSE, enabled = TRUE, "
					+ "disabled_reason = NULL WHERE id = ?", cipher.encrypt(secret), id);
		}
		else {
			try {
				insert(id, url.toString(), List.of("*"), secret, Endpoint.FROM_CONFIGURATION, "configuration");
			}
			catch (DuplicateKeyException anotherNodeWasFirst) {
				// the same row, written by a node that started at the same time
			}
		}
	}

	/** Retires configured endpoints when the configuration no longer names one. */
	@Transactional
	void unconfigure() {
		forgetSubscriptions();
		jdbc.update(
				"UPDATE webhook_endpoints SET deleted = TRUE, enabled = FALSE, disabled_reason = ? "
						+ "WHERE source = ? AND NOT deleted",
				"removed from configuration", Endpoint.FROM_CONFIGURATION);
	}

	private void insert(UUID id, String url, List<String> events, String secret, String source, String actor) {
		forgetSubscriptions();
		jdbc.update(
				"INSERT INTO webhook_endpoints (id, url, events, secret_ciphertext, source, enabled, deleted, "
						+ "created_by, created_at) VALUES (?, ?, ?, ?, ?, TRUE, FALSE, ?, ?)",
				id, url, String.join(",", events), cipher.encrypt(secret), source, actor,
				Timestamp.from(clock.instant()));
	}

	Endpoint find(UUID id) {
		return jdbc
			.query("SELECT " + COLUMNS + " FROM webhook_endpoints WHERE id = ? AND NOT deleted",
					WebhookEndpoints::endpoint, id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Webhook endpoint", id));
	}

	List<Endpoint> list(int page, int size) {
		return jdbc.query(
				"SELECT " + COLUMNS + " FROM webhook_endpoints WHERE NOT deleted "
						+ "ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
				WebhookEndpoints::endpoint, size, (long) page * size);
	}

	long count() {
		return jdbc.queryForObject("SELECT count(*) FROM webhook_endpoints WHERE NOT deleted", Long.class);
	}

	/** Deletes an endpoint made over the API; its pending deliveries end failed. */
	@Transactional
	void delete(UUID id) {
		Endpoint endpoint = find(id);
		if (Endpoint.FROM_CONFIGURATION.equals(endpoint.source())) {
			throw new BusinessRuleException(
					"This endpoint comes from onboarding.webhooks.url; change the " + "configuration to remove it");
		}
		forgetSubscriptions();
		jdbc.update("UPDATE webhook_endpoints SET deleted = TRUE, enabled = FALSE, disabled_reason = ? WHERE id = ?",
				"deleted", id);
		failPending(id, "endpoint deleted");
	}

	/** An endpoint that answered 410 Gone receives nothing more. */
	@Transactional
	void disable(UUID id, String reason) {
		forgetSubscriptions();
		jdbc.update("UPDATE webhook_endpoints SET enabled = FALSE, disabled_reason = ? WHERE id = ?", reason, id);
		failPending(id, "endpoint disabled: " + reason);
	}

	private void failPending(UUID endpointId, String reason) {
		jdbc.update(
				"UPDATE webhook_deliveries SET status = ?, last_error = ?, next_attempt_at = NULL "
						+ "WHERE endpoint_id = ? AND status = ?",
				Deliveries.FAILED, reason, endpointId, Deliveries.PENDING);
	}

	/** Enabled endpoints subscribed to the event: those that get a delivery of it. */
	List<UUID> subscribedTo(String eventName) {
		return subscriptions().stream()
			.filter(subscription -> EventTypes.matches(subscription.events(), eventName))
			.map(Subscription::endpoint)
			.toList();
	}

	/** An enabled endpoint and the events it is subscribed to. */
	private record Subscription(UUID endpoint, List<String> events) {
	}

	// Read once per transaction: a job that creates a client raises two events, an
	// onboarding's steps more. The list changes only through this class, which forgets
	// it when it writes; another transaction's change shows in the next one. A
	// transaction started inside this one sees the list too: it was read moments ago.
	@SuppressWarnings("unchecked")
	private List<Subscription> subscriptions() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return readSubscriptions();
		}
		List<Subscription> held = (List<Subscription>) TransactionSynchronizationManager.getResource(this);
		if (held == null) {
			held = readSubscriptions();
			TransactionSynchronizationManager.bindResource(this, held);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forgetSubscriptions();
				}
			});
		}
		return held;
	}

	private List<Subscription> readSubscriptions() {
		// Prepared, as a statement without parameters is not otherwise: PostgreSQL then
		// plans it once per connection, not at every transaction that raises an event.
		return jdbc.query(
				connection -> connection
					.prepareStatement("SELECT id, events FROM webhook_endpoints WHERE enabled AND NOT deleted"),
				(rs, i) -> new Subscription(rs.getObject("id", UUID.class),
						Arrays.asList(rs.getString("events").split(","))));
	}

	private void forgetSubscriptions() {
		TransactionSynchronizationManager.unbindResourceIfPossible(this);
	}

	Optional<Target> target(UUID id) {
		return jdbc
			.query("SELECT url, secret_ciphertext, enabled, deleted FROM webhook_endpoints WHERE id = ?",
					(rs, i) -> new Target(id, URI.create(rs.getString("url")),
							cipher.decrypt(rs.getString("secret_ciphertext")),
							rs.getBoolean("enabled") && !rs.getBoolean("deleted")),
					id)
			.stream()
			.findFirst();
	}

	private static Endpoint endpoint(ResultSet rs, int row) throws SQLException {
		return new Endpoint(rs.getObject("id", UUID.class), rs.getString("url"),
				List.of(rs.getString("events").split(",")), rs.getBoolean("enabled"), rs.getString("disabled_reason"),
				rs.getString("source"), rs.getTimestamp("created_at").toInstant());
	}

	/** Where and with which secret a delivery goes. */
	record Target(UUID endpointId, URI url, String secret, boolean active) {
	}

	/** A new endpoint with the secret shown to its creator once. */
	record CreatedEndpoint(Endpoint endpoint, String secret) {
	}

}
