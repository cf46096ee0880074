package io.onboarding.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.onboarding.client.ApiClient;
import io.onboarding.client.ApiException;
import io.onboarding.client.api.ClientsApi;
import io.onboarding.client.model.Client;
import io.onboarding.client.model.ClientListEntry;
import io.onboarding.client.model.CreateClientRequest;
import io.onboarding.client.model.CreateClientRequestData;
import io.onboarding.client.model.CreateClientRequestWorkflow;
import io.onboarding.client.model.CreateClientResponse;
import io.onboarding.client.model.ClientPatch;
import io.onboarding.client.model.NewClient;
import io.onboarding.client.model.PartyAddressInput;
import io.onboarding.client.model.PartyIdentityInput;
import io.onboarding.client.model.PartyProfileInput;
import io.onboarding.client.model.Problem;
import io.onboarding.client.model.ProblemErrorsInner;
import io.onboarding.client.model.UpdateClientRequest;
import io.onboarding.client.model.UpdateClientRequestData;
import io.onboarding.client.model.UpdateClientRequestWorkflow;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.PrismProxy;
import io.onboarding.orchestrator.support.TestKeys;

/**
 * The README's tour in five calls, made as an integrator makes them: with a Java client
 * that openapi-generator builds from the checked-in contract in this build (typed
 * requests and answers, no maps), through Stoplight Prism's validating proxy, which
 * answers with its own error instead of the service's whenever a request or a response
 * breaks the document.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientTourIT {

	@LocalServerPort
	int port;

	PrismProxy prism;

	@BeforeAll
	void startPrism() {
		prism = PrismProxy.start(port);
	}

	@AfterAll
	void stopPrism() {
		if (prism != null) {
			prism.close();
		}
	}

	@Test
	void theReadmeTourWithAGeneratedClientThroughPrism() throws ApiException {
		ClientsApi clients = new ClientsApi(client(prism.baseUrl()));

		// 1. create an individual with an end user; the Idempotency-Key makes a retry
		// safe
		CreateClientRequest create = new CreateClientRequest()
			.workflow(new CreateClientRequestWorkflow().code(CreateClientRequestWorkflow.CodeEnum.DIRECT)
				.createUser(true))
			.data(new CreateClientRequestData().client(new NewClient()
				.identity(new PartyIdentityInput().type(PartyIdentityInput.TypeEnum.INDIVIDUAL)
					.givenName("Canay")
					.familyName("Özel")
					.birthDate(LocalDate.of(1987, 1, 1))
					.country("TR"))
				.profile(new PartyProfileInput().identityType(PartyProfileInput.IdentityTypeEnum.INDIVIDUAL)
					.email("canay.tour@example.com")
					.phone("+441234567890")
					.residentialAddress(new PartyAddressInput().country("GB")
						.region("England")
						.city("London")
						.street("Baker Street")
						.houseNumber("221B")
						.postalCode("NW1 6XE")))));
		String idempotencyKey = "tour-" + UUID.randomUUID();
		CreateClientResponse created = clients.createClient(create, idempotencyKey);
		Client client = created.getData().getClient();
		assertThat(client.getStatus()).isEqualTo(Client.StatusEnum.PENDING);
		assertThat(client.getClientNumber()).matches("\\d{8}");
		assertThat(created.getData().getUser()).isNotNull();
		assertThat(clients.createClient(create, idempotencyKey).getData().getClient().getId())
			.as("a retry with the same key is the same client")
			.isEqualTo(client.getId());

		// 2. read it, with the whole profile and the primary address
		Client read = clients.getClient(client.getId(), true, List.of("data.client.profile.primaryAddress"))
			.getData()
			.getClient();
		assertThat(read.getIdentity().getFamilyName()).isEqualTo("Özel");
		assertThat(read.getProfile().getEmail()).isEqualTo("canay.tour@example.com");
		assertThat(read.getProfile().getPrimaryAddress().getCity()).isEqualTo("London");

		// 3. list and search: without the accent, newest first, paginated
		var page = clients.listClients("pending", null, "ozel", null, null, null, 0, 20);
		assertThat(page.getData().getClients()).extracting(ClientListEntry::getId).contains(client.getId());
		assertThat(page.getMetadata().getPage().getSize()).isEqualTo(20);

		// 4. update patch-style: attributes are merged
		Client updated = clients
			.updateClient(client.getId(),
					new UpdateClientRequest()
						.workflow(new UpdateClientRequestWorkflow().code(UpdateClientRequestWorkflow.CodeEnum.DIRECT))
						.data(new UpdateClientRequestData()
							.client(new ClientPatch().attributes(Map.of("crmId", "A-17")))))
			.getData()
			.getClient();
		assertThat(updated.getAttributes()).containsEntry("crmId", "A-17");

		// 5. bad input is a problem that names every field at once (sent to the service
		// itself: Prism refuses it first, by the document's own rules)
		CreateClientRequest bad = new CreateClientRequest()
			.workflow(new CreateClientRequestWorkflow().code(CreateClientRequestWorkflow.CodeEnum.DIRECT))
			.data(new CreateClientRequestData().client(new NewClient()
				.identity(new PartyIdentityInput().type(PartyIdentityInput.TypeEnum.INDIVIDUAL).country("XX"))));
		ApiException refused = catchThrowableOfType(ApiException.class,
				() -> new ClientsApi(client("http://127.0.0.1:" + port)).createClient(bad, null));
		assertThat(refused.getCode()).isEqualTo(400);
		Problem problem = problem(refused);
		assertThat(problem.getErrors()).extracting(ProblemErrorsInner::getField)
			.contains("data.client.identity.givenName", "data.client.identity.familyName",
					"data.client.identity.country");
		assertThatThrownBy(() -> clients.createClient(bad, null)).isInstanceOf(ApiException.class)
			.extracting(e -> ((ApiException) e).getCode())
			.as("Prism: the request breaks the document")
			.isEqualTo(422);
	}

	private static ApiClient client(String baseUrl) {
		ApiClient api = new ApiClient();
		api.updateBaseUri(baseUrl);
		api.setRequestInterceptor(request -> request.header("x-api-key", TestKeys.INTEGRATOR));
		return api;
	}

	private static Problem problem(ApiException refused) {
		try {
			return new ApiClient().getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new AssertionError(refused.getResponseBody(), e);
		}
	}

}
