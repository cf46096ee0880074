package io.onboarding.orchestrator.webhook;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Event names as endpoints subscribe to them: {@code module.type}
 * ({@code clients.created}), {@code module.*}, or {@code *} for everything.
 */
final class EventTypes {

	static final Set<String> MODULES = Set.of("clients", "relations", "applications", "migrations", "verification",
			"screening", "reviews");

	// Types are also statuses with underscores: applications.under_review,
	// ...request_for_information.
	private static final Pattern NAME = Pattern.compile("([a-z]+)\\.([a-z][a-z_-]*|\\*)");

	private EventTypes() {
	}

	static String name(String module, String type) {
		return module + "." + type;
	}

	static boolean isValidSubscription(String subscription) {
		if ("*".equals(subscription)) {
			return true;
		}
		var matcher = NAME.matcher(subscription);
		return matcher.matches() && MODULES.contains(matcher.group(1));
	}

	/** One event's name, such as {@code applications.under_review}: no wildcard. */
	static boolean isEventName(String name) {
		if (name.length() > 100) {
			return false;
		}
		var matcher = NAME.matcher(name);
		return matcher.matches() && !"*".equals(matcher.group(2)) && MODULES.contains(matcher.group(1));
	}

	static boolean matches(List<String> subscriptions, String eventName) {
		String module = eventName.substring(0, eventName.indexOf('.'));
		for (String subscription : subscriptions) {
			if ("*".equals(subscription) || subscription.equals(eventName) || subscription.equals(module + ".*")) {
				return true;
			}
		}
		return false;
	}

}
