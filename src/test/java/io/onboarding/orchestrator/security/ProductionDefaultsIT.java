package io.onboarding.orchestrator.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.NodeDatabase;
import io.onboarding.orchestrator.support.PostgresTestDatabase;
import io.onboarding.orchestrator.support.ServiceProcess;

/**
 * The packaged service as a bank runs it: on PostgreSQL, with its keys and nothing else
 * set. (The integration tests' shared service lets webhooks reach loopback, where their
 * listeners are, and so does the quick start, for trying it on a laptop; production does
 * not.)
 */
class ProductionDefaultsIT {

	private static final String KEY = "production-integrator-key";

	@TempDir
	Path workingDirectory;

	@Test
	void webhooksCannotBeAimedAtTheServicesOwnNetwork() throws Exception {
		NodeDatabase database = NodeDatabase.create("production");
		Map<String, String> environment = new java.util.HashMap<>(PostgresTestDatabase.environmentFor(database.name()));
		environment.put("ONBOARDING_API_KEYS", "production:integrator:" + KEY);
		environment.put("ONBOARDING_ADMIN_PASSWORD", "production-admin-password");
		environment.put("ONBOARDING_WEBHOOKS_ENCRYPTION_KEY", "production-encryption-key");
		try (ServiceProcess service = ServiceProcess.start(workingDirectory, environment).awaitStarted()) {
			Api api = service.api().as(KEY);
			for (String internal : List.of("http://127.0.0.1:8080/hook", "http://localhost/hook",
					"http://10.1.2.3/hook", "http://172.16.0.1/hook", "http://192.168.0.10/hook",
					"http://169.254.169.254/latest/meta-data", "http://[::1]/hook", "http://metadata.google.internal/",
					"http://100.64.0.1/hook", "http://[fd00::1]/hook", "http://0.0.0.0/hook")) {
				Api.Response refused = api.post("/webhooks/endpoints",
						Map.of("url", internal, "events", List.of("clients.created")));
				assertThat(refused.status()).as(internal + " " + refused).isEqualTo(400);
				assertThat(refused.errorFields()).containsExactly("url");
			}
			assertThat(service.console()).as("no quick start here").doesNotContain("quick start");
		}
	}

}
