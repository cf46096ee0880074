package io.onboarding.orchestrator.security;

import java.io.PrintStream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * In the quick start, makes the generated Camunda admin password the admin's (the H2 file
 * keeps the user from an earlier start) and prints where to go and the generated
 * credentials, once, to the console. Never to the log: credentials do not belong in log
 * files.
 */
@Component
class QuickStartBanner {

	private final Environment environment;

	private final IdentityService identityService;

	private final ComplianceOfficers officers;

	private final PrintStream console;

	QuickStartBanner(Environment environment, IdentityService identityService, ComplianceOfficers officers) {
		this.environment = environment;
		this.identityService = identityService;
		this.officers = officers;
		this.console = System.out;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void announce() {
		if (!officers.isQuickStart()) {
			return;
		}
		Map<String, String> demoOfficers = officers.demoPasswords();
		String admin = environment.getProperty("onboarding.admin.user", "admin");
		boolean generatedPassword = environment.getProperty(QuickStartEnvironment.GENERATED_ADMIN_PASSWORD,
				Boolean.class, false);
		if (generatedPassword) {
			resetPassword(admin, environment.getProperty(QuickStartEnvironment.ADMIN_PASSWORD));
		}
		String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
		StringBuilder banner = new StringBuilder()
			.append("\n==================== Onboarding Orchestrator: quick start ====================\n")
			.append("Data:      H2 file under ./data (set DB_URL, DB_USER, DB_PASSWORD for PostgreSQL)\n")
			.append("API:       ")
			.append(base)
			.append("/clients  (header x-api-key: <key>)\n");
		if (environment.getProperty(QuickStartEnvironment.GENERATED_API_KEYS, Boolean.class, false)) {
			ApiKeysBanner.append(banner, environment.getProperty(QuickStartEnvironment.API_KEYS));
		}
		banner.append("Camunda:   ")
			.append(base)
			.append("/camunda/app/  (Cockpit, Tasklist, Admin)\n")
			.append("           user ")
			.append(admin);
		if (generatedPassword) {
			banner.append(" / password ").append(environment.getProperty(QuickStartEnvironment.ADMIN_PASSWORD));
		}
		banner.append("\nTasklist:  ").append(base).append("/camunda/app/tasklist/\n");
		demoOfficers.forEach((user, password) -> banner.append("           ")
			.append(user)
			.append(" / password ")
			.append(password)
			.append(user.equals("senior") ? "  (groups compliance, compliance-senior)\n" : "  (group compliance)\n"));
		verifiers().forEach((level, provider) -> banner.append("Verify:    ")
			.append(level)
			.append(" applicants at ")
			.append(provider)
			.append(", ")
			.append(environment.getProperty("onboarding.verification.providers." + provider + ".base-url"))
			.append('\n'));
		banner.append("These credentials are generated anew at every quick start.\n")
			.append("===============================================================================\n");
		console.println(banner);
	}

	/** Which provider verifies which KYC level (the simulator profile names two). */
	private Map<String, String> verifiers() {
		return new java.util.TreeMap<>(Binder.get(environment)
			.bind("onboarding.verification.levels", Bindable.mapOf(String.class, String.class))
			.orElse(Map.of()));
	}

	private void resetPassword(String userId, String password) {
		User user = identityService.createUserQuery().userId(userId).singleResult();
		if (user != null) {
			user.setPassword(password);
			identityService.saveUser(user);
		}
	}

	/** Lists generated keys as "name (role): key". */
	private static final class ApiKeysBanner {

		static void append(StringBuilder banner, String setting) {
			for (String entry : setting.split(",")) {
				String[] parts = entry.split(":", 3);
				banner.append("           ").append(parts[1]).append(" key: ").append(parts[2]).append('\n');
			}
		}

	}

}
