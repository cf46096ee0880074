package io.onboarding.orchestrator.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Assumptions;

/**
 * A script of src/test/browser driving Debian's Chromium with playwright-core, as an
 * officer works in Tasklist or Cockpit. CI installs both (.ci/run), and there a missing
 * one fails the test; elsewhere the test says what is missing and is skipped.
 */
public record BrowserScript(Path script) {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path PLAYWRIGHT = Path.of("node_modules/playwright-core");

	public static BrowserScript of(String name) {
		return new BrowserScript(Path.of("src/test/browser", name));
	}

	public void requireBrowser() {
		boolean ready = Files.isExecutable(CHROMIUM) && Files.isDirectory(PLAYWRIGHT) && Files.exists(script);
		String missing = "Chromium (apt-get install chromium) and playwright-core (npm ci) are needed for "
				+ script.getFileName();
		if ("true".equals(System.getenv("CI"))) {
			assertThat(ready).as(missing).isTrue();
		}
		Assumptions.assumeTrue(ready, missing);
	}

	/**
	 * Runs the script with {@code environment} and a SCREENSHOT path under target/ for a
	 * failure; fails the test unless it ends well within three minutes. Returns what it
	 * printed.
	 */
	public String run(Map<String, String> environment) throws IOException, InterruptedException {
		ProcessBuilder run = new ProcessBuilder("node", script.toString()).redirectErrorStream(true);
		run.environment().putAll(environment);
		String name = script.getFileName().toString().replace(".mjs", "");
		run.environment().put("SCREENSHOT", Path.of("target", name + "-failure.png").toAbsolutePath().toString());
		Process browser = run.start();
		boolean finished = browser.waitFor(3, TimeUnit.MINUTES);
		String output = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(finished).as("the browser finished: " + output).isTrue();
		assertThat(browser.exitValue()).as(output).isZero();
		return output;
	}

	/** A Camunda user with a password, in {@code group}, as Admin would make one. */
	public static void officer(IdentityService identity, String userId, String password, String group) {
		User user = identity.createUserQuery().userId(userId).singleResult();
		if (user == null) {
			user = identity.newUser(userId);
			user.setFirstName("Tasklist");
			user.setLastName("Officer");
		}
		user.setPassword(password);
		identity.saveUser(user);
		if (identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
			identity.createMembership(userId, group);
		}
	}

}
