package io.onboarding.orchestrator.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.Payload;

/**
 * The quick start as a newcomer meets it: the packaged service started with no configuration at
 * all, in an empty folder. It must come up on H2, print the generated credentials, and take them.
 */
class QuickStartIT {

    private static final Pattern INTEGRATOR_KEY = Pattern.compile("integrator key: (\\S+)");
    private static final Pattern OPERATOR_KEY = Pattern.compile("operator key: (\\S+)");
    private static final Pattern ADMIN = Pattern.compile("user (\\S+) / password (\\S+)");

    @TempDir
    Path workingDirectory;

    @Test
    void startsWithoutConfigurationAndPrintsWorkingCredentials() throws Exception {
        int port = freePort();
        List<String> output = new CopyOnWriteArrayList<>();
        Process service = start(port, output);
        try {
            String console = awaitLine(output, service, "These credentials are generated anew");

            Matcher integrator = INTEGRATOR_KEY.matcher(console);
            Matcher operator = OPERATOR_KEY.matcher(console);
            Matcher admin = ADMIN.matcher(console);
            assertThat(integrator.find()).as(console).isTrue();
            assertThat(operator.find()).as(console).isTrue();
            assertThat(admin.find()).as(console).isTrue();
            assertThat(console).contains("http://localhost:" + port + "/camunda/app/");

            Api api = Api.at(port);
            assertThat(api.get("/clients").status()).isEqualTo(401);
            Api.Response created = api.as(integrator.group(1)).post("/clients", Payload.individual());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(api.as(operator.group(1)).get("/actuator/prometheus").status()).isEqualTo(200);
            String basic = "Basic " + Base64.getEncoder().encodeToString(
                    (admin.group(1) + ":" + admin.group(2)).getBytes(StandardCharsets.UTF_8));
            assertThat(api.withHeader("Authorization", basic).get("/engine-rest/user").status()).isEqualTo(200);
            assertThat(Files.exists(workingDirectory.resolve("data"))).as("the H2 file lives under ./data").isTrue();
            assertThat(String.join("\n", output)).as("credentials are printed once, never logged")
                    .containsOnlyOnce(integrator.group(1));
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    private Process start(int port, List<String> output) throws IOException {
        Path jar;
        try (var jars = Files.list(Path.of("target"))) {
            jar = jars.filter(p -> p.getFileName().toString().matches("onboarding-orchestrator-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("package the service first")).toAbsolutePath();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
        // a newcomer's shell: none of the settings a deployment would have
        builder.environment().keySet().removeIf(name -> name.startsWith("ONBOARDING_") || name.startsWith("DB_")
                || name.startsWith("SPRING_"));
        Process process = builder.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        return process;
    }

    private static String awaitLine(List<String> output, Process process, String marker) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (output.stream().anyMatch(line -> line.contains(marker))) {
                return String.join("\n", output);
            }
            if (!process.isAlive()) {
                throw new AssertionError("The quick start ended:\n" + String.join("\n", output));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The quick start printed no credentials:\n" + String.join("\n", output));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
