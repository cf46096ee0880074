package io.onboarding.orchestrator.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.ServiceProcess;

/**
 * The quick start as a newcomer meets it: the packaged service started with no
 * configuration at all, in an empty folder. It must come up on H2, print the generated
 * credentials, and take them.
 */
class QuickStartIT {

	private static final Pattern INTEGRATOR_KEY = Pattern.compile("integrator key: (\\S+)");

	private static final Pattern OPERATOR_KEY = Pattern.compile("operator key: (\\S+)");

	private static final Pattern ADMIN = Pattern.compile("user (\\S+) / password (\\S+)");

	@TempDir
	Path workingDirectory;

	@Test
	void startsWithoutConfigurationAndPrintsWorkingCredentials() throws Exception {
		try (ServiceProcess service = ServiceProcess.start(workingDirectory, Map.of())) {
			String console = service.awaitLine("These credentials are generated anew").console();

			Matcher integrator = INTEGRATOR_KEY.matcher(console);
			Matcher operator = OPERATOR_KEY.matcher(console);
			Matcher admin = ADMIN.matcher(console);
			assertThat(integrator.find()).as(console).isTrue();
			assertThat(operator.find()).as(console).isTrue();
			assertThat(admin.find()).as(console).isTrue();
			assertThat(console).contains("http://localhost:" + service.port() + "/camunda/app/");

			Api api = service.api();
			assertThat(api.get("/clients").status()).isEqualTo(401);
			Api.Response created = api.as(integrator.group(1)).post("/clients", Payload.individual());
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			assertThat(api.as(operator.group(1)).get("/actuator/prometheus").status()).isEqualTo(200);
			String basic = "Basic " + Base64.getEncoder()
				.encodeToString((admin.group(1) + ":" + admin.group(2)).getBytes(StandardCharsets.UTF_8));
			assertThat(api.withHeader("Authorization", basic).get("/engine-rest/user").status()).isEqualTo(200);
			assertThat(Files.exists(workingDirectory.resolve("data"))).as("the H2 file lives under ./data").isTrue();
			assertThat(service.console()).as("credentials are printed once, never logged")
				.containsOnlyOnce(integrator.group(1));
		}
	}

}
