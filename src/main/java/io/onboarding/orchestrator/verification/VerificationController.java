package io.onboarding.orchestrator.verification;

import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /providers/{name}/callbacks}: a verification provider's webhooks. No API
 * key: the provider's signature over the raw body is the authentication. Every callback
 * the provider really sent is answered 200, including one already recorded or for an
 * applicant nobody knows, so that the provider does not retry it for days.
 */
@RestController
class VerificationController {

	private final CallbackIntake intake;

	VerificationController(CallbackIntake intake) {
		this.intake = intake;
	}

	@PostMapping(path = "/providers/{name}/callbacks", consumes = "*/*")
	ResponseEntity<Map<String, String>> callback(@PathVariable String name, @RequestBody(required = false) byte[] body,
			HttpServletRequest request) {
		CallbackIntake.Result result;
		try {
			result = intake.receive(name, headers(request), body == null ? new byte[0] : body);
		}
		catch (CallbackIntake.DuplicateCallbackException resentMeanwhile) {
			result = CallbackIntake.Result.DUPLICATE;
		}
		return ResponseEntity.ok(Map.of("status", result.name().toLowerCase(Locale.ROOT)));
	}

	private static Map<String, String> headers(HttpServletRequest request) {
		Map<String, String> headers = new LinkedHashMap<>();
		Enumeration<String> names = request.getHeaderNames();
		while (names.hasMoreElements()) {
			String name = names.nextElement();
			headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
		}
		return headers;
	}

}
