package io.onboarding.orchestrator.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.Database;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;

/**
 * A receiver that closes a kept-alive connection just as the next webhook goes out on it
 * (an HTTP/1.0 server that does not say so, a keep-alive timeout racing the send): the
 * webhook is resent at once on a new connection instead of waiting for the retry 5 s
 * later.
 */
@IntegrationTest
class ClosedConnectionIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry meters;

	Api api;

	ClosingReceiver receiver;

	@BeforeEach
	void start() throws IOException {
		api = Api.at(port).asIntegrator();
		receiver = ClosingReceiver.start();
	}

	@AfterEach
	void stop() throws IOException {
		receiver.close();
		new Database(jdbc).retireWebhookEndpoints();
	}

	@Test
	void aWebhookLostOnAClosedKeptAliveConnectionIsResentAtOnce() {
		subscribe();
		String first = createClient("Firstkeptalive");
		UUID firstDelivery = deliveryOf(first);
		await().atMost(PATIENCE).until(() -> "delivered".equals(status(firstDelivery)));

		// the connection of the first webhook is kept: the receiver closes it when the
		// second arrives
		double resendsBefore = resends();
		receiver.dropOnReusedConnection("Secondkeptalive");
		String second = createClient("Secondkeptalive");
		UUID secondDelivery = deliveryOf(second);
		await().atMost(PATIENCE).until(() -> "delivered".equals(status(secondDelivery)));

		List<Seen> copies = receiver.seen().stream().filter(seen -> seen.body().contains(second)).toList();
		assertThat(copies).as("dropped on the kept connection, then answered on a new one").hasSize(2);
		assertThat(copies.get(0).answered()).isFalse();
		assertThat(copies.get(0).requestOnConnection()).as("the first copy went out on a reused connection")
			.isGreaterThan(1);
		assertThat(copies.get(1).answered()).isTrue();
		assertThat(copies.get(1).connection()).isNotEqualTo(copies.get(0).connection());
		assertThat(copies.get(0).webhookId()).isNotBlank().isEqualTo(copies.get(1).webhookId());
		JsonNode detail = detail(secondDelivery);
		assertThat(detail.path("attempts").asInt()).as("one attempt, not a retry 5 s later").isEqualTo(1);
		assertThat(detail.path("lastResponseCode").asInt()).isEqualTo(204);
		assertThat(resends()).as("operators see the resend").isEqualTo(resendsBefore + 1);
	}

	@Test
	void aWebhookLostAfterTheReceiverWorkedOnItWaitsForItsRetry() {
		subscribe();
		double resendsBefore = resends();
		receiver.dropAfterWorkingOn("Slowlydropped", Duration.ofMillis(1500));

		String client = createClient("Slowlydropped");
		UUID delivery = deliveryOf(client);
		await().atMost(PATIENCE).until(() -> detail(delivery).path("attempts").asInt() == 1);

		JsonNode detail = detail(delivery);
		assertThat(detail.path("status").asText()).as("left for the retry schedule").isEqualTo("pending");
		assertThat(detail.path("lastError").asText()).startsWith("connection failed");
		assertThat(receiver.seen().stream().filter(seen -> seen.body().contains(client)))
			.as("not resent at once: the receiver may have acted on it")
			.hasSize(1);
		assertThat(resends()).isEqualTo(resendsBefore);
	}

	private double resends() {
		return meters.get("onboarding.webhook.resends").counter().count();
	}

	private void subscribe() {
		Api.Response endpoint = api.post("/webhooks/endpoints",
				Map.of("url", receiver.url(), "events", List.of("clients.created")));
		assertThat(endpoint.status()).as(endpoint.toString()).isEqualTo(201);
	}

	private String createClient(String familyName) {
		Api.Response created = api.post("/clients",
				Payload.individual()
					.set("workflow.kycLevel", "NOT_REQUIRED")
					.set("data.client.identity.familyName", familyName));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().path("data").path("client").path("id").asText();
	}

	private UUID deliveryOf(String clientId) {
		await().atMost(PATIENCE).until(() -> !deliveries(clientId).isEmpty());
		List<UUID> deliveries = deliveries(clientId);
		assertThat(deliveries).hasSize(1);
		return deliveries.get(0);
	}

	private List<UUID> deliveries(String clientId) {
		return jdbc.queryForList(
				"SELECT d.id FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id "
						+ "WHERE e.enabled AND NOT e.deleted AND d.client_id = ?",
				UUID.class, UUID.fromString(clientId));
	}

	private String status(UUID delivery) {
		return detail(delivery).path("status").asText();
	}

	private JsonNode detail(UUID delivery) {
		return api.get("/webhooks/deliveries/" + delivery).json();
	}

	/**
	 * A request as the receiver saw it: on which connection, the how-manieth there, and
	 * whether it was answered.
	 */
	record Seen(int connection, int requestOnConnection, String webhookId, String body, boolean answered) {
	}

	/**
	 * An HTTP/1.1 receiver on a plain socket, since the JDK's server can't close a
	 * connection on a request without answering: it answers 204 and keeps the connection,
	 * except that a request with the marker arriving on a connection that already served
	 * one is read and then dropped unanswered.
	 */
	static final class ClosingReceiver implements AutoCloseable {

		private final ServerSocket server;

		private final ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();

		private final AtomicInteger connections = new AtomicInteger();

		private final ConcurrentLinkedQueue<Socket> open = new ConcurrentLinkedQueue<>();

		private volatile String dropMarker;

		private volatile Duration slowDrop;

		private ClosingReceiver(ServerSocket server) {
			this.server = server;
		}

		static ClosingReceiver start() throws IOException {
			ClosingReceiver receiver = new ClosingReceiver(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
			daemon("closing-receiver", receiver::accept);
			return receiver;
		}

		private static void daemon(String name, Runnable work) {
			Thread thread = new Thread(work, name);
			thread.setDaemon(true);
			thread.start();
		}

		String url() {
			return "http://127.0.0.1:" + server.getLocalPort() + "/hooks";
		}

		void dropOnReusedConnection(String marker) {
			dropMarker = marker;
		}

		/**
		 * Every request with the marker is read, worked on for a while, then dropped
		 * unanswered.
		 */
		void dropAfterWorkingOn(String marker, Duration work) {
			slowDrop = work;
			dropMarker = marker;
		}

		List<Seen> seen() {
			return List.copyOf(seen);
		}

		private void accept() {
			while (!server.isClosed()) {
				try {
					Socket socket = server.accept();
					open.add(socket);
					int connection = connections.incrementAndGet();
					daemon("closing-receiver-" + connection, () -> serve(socket, connection));
				}
				catch (IOException closed) {
					return;
				}
			}
		}

		private void serve(Socket socket, int connection) {
			try (socket;
					InputStream in = new BufferedInputStream(socket.getInputStream());
					OutputStream out = socket.getOutputStream()) {
				for (int request = 1;; request++) {
					Map<String, String> headers = readHeaders(in);
					if (headers == null) {
						return;
					}
					String body = new String(
							in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0"))),
							StandardCharsets.UTF_8);
					String marker = dropMarker;
					Duration work = slowDrop;
					boolean drop = marker != null && body.contains(marker)
							&& (work != null || request > 1 && seen.stream().noneMatch(s -> s.body().equals(body)));
					seen.add(new Seen(connection, request, headers.get("webhook-id"), body, !drop));
					if (drop) {
						if (work != null) {
							Thread.sleep(work.toMillis());
						}
						return; // closes the connection without a byte of answer
					}
					out.write("HTTP/1.1 204 No Content\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
					out.flush();
				}
			}
			catch (InterruptedException stopped) {
				Thread.currentThread().interrupt();
			}
			catch (IOException | RuntimeException gone) {
				// the sender closed the connection: nothing more to read
			}
		}

		/** The request's headers, lower-cased, or null at the end of the connection. */
		private static Map<String, String> readHeaders(InputStream in) throws IOException {
			ByteArrayOutputStream head = new ByteArrayOutputStream();
			int last4 = 0;
			int b;
			while ((b = in.read()) != -1) {
				head.write(b);
				last4 = (last4 << 8) | b;
				if (last4 == 0x0d0a0d0a) { // CR LF CR LF: the end of the headers
					Map<String, String> headers = new HashMap<>();
					String[] lines = head.toString(StandardCharsets.US_ASCII).split("\r\n");
					for (int i = 1; i < lines.length; i++) {
						int colon = lines[i].indexOf(':');
						if (colon > 0) {
							headers.put(lines[i].substring(0, colon).trim().toLowerCase(),
									lines[i].substring(colon + 1).trim());
						}
					}
					return headers;
				}
			}
			return null;
		}

		@Override
		public void close() throws IOException {
			server.close();
			for (Socket socket : open) {
				socket.close(); // ends the connection threads waiting for another request
			}
		}

	}

}
