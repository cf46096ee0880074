package io.onboarding.orchestrator.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.ProviderStub;

/** Clients at the provider stub, verified there, for the scenarios' bulk migrations. */
final class ProviderSources {

	private final String prefix;

	private final int count;

	/**
	 * Serves {@code count} source clients {@code <prefix>0..}, each answered after
	 * {@code delayMillis}.
	 */
	ProviderSources(String prefix, int count, int delayMillis) {
		this.prefix = prefix;
		this.count = count;
		ProviderStub.server()
			.stubFor(get(urlPathMatching("/railsbank/clients/" + prefix + "[0-9]+"))
				.willReturn(aResponse().withStatus(200)
					.withHeader("Content-Type", "application/json")
					.withBody(sourceClient(prefix + "0").toString())
					.withFixedDelay(delayMillis)));
	}

	/** The body of {@code POST /migrations} for all of them. */
	String bulkMigration() {
		return "{\"workflow\": {}, \"connect\": {\"type\": \"explicit\", \"serviceProvider\": \"railsbank\"}, "
				+ "\"data\": {\"sourceIds\": ["
				+ String.join(", ", IntStream.range(0, count).mapToObj(i -> "\"" + prefix + i + "\"").toList()) + "]}}";
	}

	int count() {
		return count;
	}

	/** The seed's railsbank individual, active at the provider. */
	private static ObjectNode sourceClient(String sourceId) {
		ObjectNode envelope = Payload.seed("individual-railsbank").node().deepCopy();
		ObjectNode client = (ObjectNode) envelope.path("data").path("client");
		client.put("id", sourceId);
		client.put("clientNumber", "20663251");
		client.put("status", "active");
		envelope.putObject("workflow");
		return envelope;
	}

}
