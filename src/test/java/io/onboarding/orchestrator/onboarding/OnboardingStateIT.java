package io.onboarding.orchestrator.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;

/** {@code GET /clients/{id}/onboarding}: a client in review, then after its approval. */
@IntegrationTest
class OnboardingStateIT {

    @LocalServerPort
    int port;

    @Test
    void anOperatorFollowsAClientFromReviewToApproval() {
        Api api = Api.at(port).asIntegrator();
        String clientId = api.post("/clients", Payload.individual()).json().path("data").path("client").path("id").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> "under_review".equals(api.get("/clients/" + clientId).json()
                .path("data").path("client").path("application").path("status").asText()));

        JsonNode inReview = api.get("/clients/" + clientId + "/onboarding").json().path("data").path("onboarding");

        JsonNode onboarding = process(inReview, "client-onboarding");
        assertThat(onboarding.path("state").asText()).isEqualTo("active");
        assertThat(onboarding.path("definitionVersion").asInt()).isPositive();
        assertThat(onboarding.path("currentActivities")).extracting(a -> a.path("name").asText())
                .containsExactly("Run KYC application");
        JsonNode application = process(inReview, "kyc-application");
        JsonNode review = application.path("openTasks").get(0);
        assertThat(review.path("name").asText()).isEqualTo("Review application");
        assertThat(review.path("candidateGroups")).extracting(JsonNode::asText).containsExactly("compliance");
        assertThat(review.path("due").asText()).isNotBlank();
        assertThat(inReview.path("timeline")).extracting(s -> s.path("name").asText())
                .contains("Create client", "Publish client created", "Assess risk", "Start review");

        String applicationId = api.get("/clients/" + clientId).json().path("data").path("client").path("application")
                .path("id").asText();
        Api.at(port).asOperator().post("/applications/" + applicationId + "/decision",
                Map.of("data", Map.of("decision", "approve", "reason", "all good")));
        await().atMost(Duration.ofSeconds(20)).until(() -> "completed".equals(process(api.get("/clients/" + clientId
                + "/onboarding").json().path("data").path("onboarding"), "client-onboarding").path("state").asText()));

        JsonNode approved = api.get("/clients/" + clientId + "/onboarding").json().path("data").path("onboarding");
        assertThat(process(approved, "kyc-application").path("state").asText()).isEqualTo("completed");
        assertThat(approved.path("decisions")).extracting(d -> d.path("outcome").asText() + " by "
                + d.path("actor").asText() + ": " + d.path("reason").asText())
                .containsExactly("approve by test-operator: all good");
        assertThat(approved.path("timeline")).extracting(s -> s.path("name").asText())
                .contains("Review application", "Complete application", "Activate client");
        assertThat(api.get("/clients/" + UUID.randomUUID() + "/onboarding").status()).isEqualTo(404);
    }

    private static JsonNode process(JsonNode onboarding, String key) {
        for (JsonNode process : onboarding.path("processes")) {
            if (key.equals(process.path("definitionKey").asText())) {
                return process;
            }
        }
        throw new AssertionError("no " + key + " in " + onboarding);
    }
}
