package io.onboarding.orchestrator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;

/**
 * Bad input never yields a 500: the seed payloads, mutated at random (a field removed, set to
 * null, to the wrong type, to a huge or odd string, an array where an object belongs), are sent to
 * the endpoints that take them; every answer is a success or a 4xx problem+json. The random seed
 * is fixed, so a failure names a case that can be replayed.
 */
@IntegrationTest
class PayloadFuzzIT {

    private static final long SEED = 20261122L;
    private static final int CASES_PER_PAYLOAD = 60;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @LocalServerPort
    int port;

    @Test
    void mutatedPayloadsGetASuccessOrAProblemNeverA500() {
        Api api = Api.at(port).asOperator();
        String clientId = api.post("/clients", Payload.corporate()).json().path("data").path("client").path("id")
                .asText();
        Map<String, List<String>> targets = Map.of(
                "POST /clients", List.of("individual-direct", "individual-create-user", "individual-railsbank",
                        "corporate-direct-with-relations", "migration"),
                "PATCH /clients/" + clientId, List.of("patch-corporate", "patch-corporate-attributes"));
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        targets.forEach((target, payloads) -> {
            String[] call = target.split(" ", 2);
            for (String name : payloads) {
                for (int i = 0; i < CASES_PER_PAYLOAD; i++) {
                    // no KYC: what is accepted must not leave review tasks behind for other tests
                    ObjectNode body = Payload.seed(name).set("workflow.kycLevel", "NOT_REQUIRED").node().deepCopy();
                    String mutation = mutate(body, random);
                    Api.Response answer = api.send(call[0], call[1], body.toString(), "application/json");
                    boolean problem = answer.status() / 100 == 4
                            && String.valueOf(answer.header("Content-Type")).startsWith("application/problem+json");
                    if (answer.status() >= 500 || (answer.status() / 100 != 2 && !problem)) {
                        failures.add(target + " " + name + " [" + mutation + "] -> " + answer.status() + " "
                                + answer.text());
                    }
                }
            }
        });
        assertThat(failures).isEmpty();
    }

    /** Changes one random node of the document; returns what it did, for the failure message. */
    private static String mutate(ObjectNode root, Random random) {
        List<String> paths = new ArrayList<>();
        List<JsonNode> parents = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        collect(root, "", paths, parents, keys);
        int pick = random.nextInt(paths.size());
        JsonNode parent = parents.get(pick);
        String key = keys.get(pick);
        JsonNode replacement = switch (random.nextInt(8)) {
            case 0 -> null;
            case 1 -> NODES.nullNode();
            case 2 -> NODES.numberNode(random.nextInt());
            case 3 -> NODES.textNode("x".repeat(5000));
            case 4 -> NODES.arrayNode().add("a");
            case 5 -> NODES.objectNode().put("unexpected", true);
            case 6 -> NODES.textNode("'; DROP TABLE clients; --\u0000\u202e<script>");
            default -> NODES.booleanNode(random.nextBoolean());
        };
        String what = paths.get(pick) + " := " + (replacement == null ? "(removed)" : abbreviate(replacement));
        if (parent instanceof ObjectNode object) {
            if (replacement == null) {
                object.remove(key);
            } else {
                object.set(key, replacement);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(key);
            if (replacement == null) {
                array.remove(index);
            } else {
                array.set(index, replacement);
            }
        }
        return what;
    }

    private static void collect(JsonNode node, String path, List<String> paths, List<JsonNode> parents,
            List<String> keys) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                paths.add(child);
                parents.add(node);
                keys.add(field.getKey());
                collect(field.getValue(), child, paths, parents, keys);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = path + "[" + i + "]";
                paths.add(child);
                parents.add(node);
                keys.add(Integer.toString(i));
                collect(node.get(i), child, paths, parents, keys);
            }
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
