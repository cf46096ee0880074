package io.onboarding.orchestrator.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides between the quick start and a real deployment. With no database configured the
 * service runs on an H2 file: then the API keys and the Camunda admin password that are
 * not configured are generated at every start (and printed once, see
 * {@link QuickStartBanner}), and webhooks may go to local listeners. Anywhere else a
 * missing key or password stops the service: there are no default credentials outside the
 * quick start.
 */
public class QuickStartEnvironment implements EnvironmentPostProcessor {

	static final String QUICK_START = "onboarding.quick-start";
	static final String GENERATED_API_KEYS = "onboarding.quick-start.generated-api-keys";
	static final String GENERATED_ADMIN_PASSWORD = "onboarding.quick-start.generated-admin-password";
	static final String API_KEYS = "onboarding.api-keys";
	static final String ADMIN_PASSWORD = "onboarding.admin.password";
	static final String WEBHOOK_ENCRYPTION_KEY = "onboarding.webhooks.encryption-key";

	/**
	 * The quick start keeps its webhook encryption key beside its data, so that secrets
	 * survive a restart.
	 */
	static final Path QUICK_START_KEY_FILE = Path.of("data", "webhook-encryption.key");

	private final SecureRandom random = new SecureRandom();

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("spring.datasource.url", "");
		boolean quickStart = url.startsWith("jdbc:h2:");
		Map<String, Object> generated = new HashMap<>();
		generated.put(QUICK_START, quickStart);
		if (quickStart) {
			generated.put("onboarding.webhooks.allow-private-network", true);
			// the synthetic sample lists, in both formats read: a real deployment names
			// its own
			if (!environment.containsProperty("onboarding.screening.lists.sample")) {
				generated.put("onboarding.screening.lists.sample", "classpath:screening/sample-sanctions.csv");
				generated.put("onboarding.screening.lists.sample-un", "classpath:screening/sample-un.xml");
			}
			if (isBlank(environment.getProperty(API_KEYS))) {
				generated.put(API_KEYS, "quickstart-integrator:integrator:" + secret() + ","
						+ "quickstart-operator:operator:" + secret());
				generated.put(GENERATED_API_KEYS, true);
			}
			if (isBlank(environment.getProperty(ADMIN_PASSWORD))) {
				generated.put(ADMIN_PASSWORD, secret());
				generated.put(GENERATED_ADMIN_PASSWORD, true);
			}
			if (isBlank(environment.getProperty(WEBHOOK_ENCRYPTION_KEY))) {
				generated.put(WEBHOOK_ENCRYPTION_KEY, quickStartEncryptionKey());
			}
		}
		else {
			require(environment, API_KEYS, "ONBOARDING_API_KEYS",
					"comma-separated name:role:key entries, e.g. acme:integrator:<key>,alice:operator:<key>");
			require(environment, ADMIN_PASSWORD, "ONBOARDING_ADMIN_PASSWORD",
					"the password of the first Camunda admin");
			require(environment, WEBHOOK_ENCRYPTION_KEY, "ONBOARDING_WEBHOOKS_ENCRYPTION_KEY",
					"a secret of at least 16 characters that encrypts the stored webhook signing secrets");
		}
		// Last, so that anything configured wins over what is generated here.
		environment.getPropertySources().addLast(new MapPropertySource("onboardingQuickStart", generated));
	}

	private static void require(ConfigurableEnvironment environment, String property, String variable, String meaning) {
		if (isBlank(environment.getProperty(property))) {
			throw new IllegalStateException(property + " (" + variable + ") must be set when the service runs on "
					+ "a configured database: " + meaning + ". Only the quick start on H2 generates credentials.");
		}
	}

	private String quickStartEncryptionKey() {
		try {
			if (Files.exists(QUICK_START_KEY_FILE)) {
				return Files.readString(QUICK_START_KEY_FILE).trim();
			}
			String key = secret();
			Files.createDirectories(QUICK_START_KEY_FILE.getParent());
			Files.writeString(QUICK_START_KEY_FILE, key);
			return key;
		}
		catch (IOException e) {
			throw new UncheckedIOException("The quick start cannot keep its webhook key in " + QUICK_START_KEY_FILE, e);
		}
	}

	private String secret() {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
