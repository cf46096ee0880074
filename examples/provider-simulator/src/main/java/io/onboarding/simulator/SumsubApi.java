package io.onboarding.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The part of Sumsub's API the orchestrator calls, with Sumsub's App Token check: {@code
 * X-App-Access-Sig} must be the hex HMAC-SHA256 of ts + method + path with query + body,
 * keyed with the secret key, and {@code X-App-Token} the app token. Errors have Sumsub's
 * shape ({@code description}, {@code code}, {@code correlationId}).
 */
@RestController
class SumsubApi {

	static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private final SimulatorSettings settings;

	private final Applicants applicants;

	private final ObjectMapper objectMapper;

	SumsubApi(SimulatorSettings settings, Applicants applicants, ObjectMapper objectMapper) {
		this.settings = settings;
		this.applicants = applicants;
		this.objectMapper = objectMapper;
	}

	/** {@code POST /resources/applicants?levelName=...}: 409 for a known externalUserId. */
	@PostMapping("/resources/applicants")
	ResponseEntity<Map<String, Object>> create(@RequestParam String levelName,
			@RequestBody(required = false) byte[] body, HttpServletRequest request) throws Exception {
		ResponseEntity<Map<String, Object>> refused = refuseUnsigned(request, body);
		if (refused != null) {
			return refused;
		}
		JsonNode given = objectMapper.readTree(body == null ? new byte[0] : body);
		String externalUserId = given.path("externalUserId").asText("");
		if (externalUserId.isBlank()) {
			return error(HttpStatus.BAD_REQUEST, "externalUserId is required");
		}
		var known = applicants.byExternalId(Applicant.Provider.SUMSUB, externalUserId);
		if (known.isPresent()) {
			return error(HttpStatus.CONFLICT, "Applicant with external user id '" + externalUserId
					+ "' already exists: " + known.get().id());
		}
		JsonNode info = given.path("fixedInfo");
		boolean company = "company".equals(given.path("type").asText());
		Applicant applicant = applicants.add(new Applicant(Applicant.Provider.SUMSUB, Applicants.sumsubId(),
				externalUserId, company ? "company" : "individual",
				company ? info.path("companyInfo").path("companyName").asText(null) : info.path("firstName").asText(null),
				company ? null : info.path("lastName").asText(null), info.path("dob").asText(null),
				company ? info.path("companyInfo").path("country").asText(null) : info.path("country").asText(null),
				given.path("email").asText(null), "init"));
		applicant.note("registered by the orchestrator at level " + levelName);
		return ResponseEntity.status(HttpStatus.CREATED).body(view(applicant, levelName));
	}

	/**
	 * {@code GET /resources/applicants/{id}/one}, and {@code -;externalUserId=.../one}
	 * for an applicant looked up by the integrator's id.
	 */
	@GetMapping("/resources/applicants/{id}/one")
	ResponseEntity<Map<String, Object>> one(@PathVariable String id, HttpServletRequest request) {
		ResponseEntity<Map<String, Object>> refused = refuseUnsigned(request, null);
		if (refused != null) {
			return refused;
		}
		String path = request.getRequestURI();
		int external = path.indexOf(";externalUserId=");
		var applicant = external >= 0
				? applicants.byExternalId(Applicant.Provider.SUMSUB,
						java.net.URLDecoder.decode(path.substring(external + 16, path.lastIndexOf("/one")),
								StandardCharsets.UTF_8))
				: applicants.find(id).filter(found -> found.provider() == Applicant.Provider.SUMSUB);
		return applicant.map(found -> ResponseEntity.ok(view(found, "basic-kyc-level")))
			.orElseGet(() -> error(HttpStatus.NOT_FOUND, "Applicant not found"));
	}

	/** {@code POST /resources/sdkIntegrations/levels/-/websdkLink}: {@code {url}}. */
	@PostMapping("/resources/sdkIntegrations/levels/-/websdkLink")
	ResponseEntity<Map<String, Object>> link(@RequestBody(required = false) byte[] body, HttpServletRequest request)
			throws Exception {
		ResponseEntity<Map<String, Object>> refused = refuseUnsigned(request, body);
		if (refused != null) {
			return refused;
		}
		String userId = objectMapper.readTree(body == null ? new byte[0] : body).path("userId").asText("");
		return applicants.byExternalId(Applicant.Provider.SUMSUB, userId).map(applicant -> {
			applicant.note("WebSDK link issued");
			return ResponseEntity.ok(Map.<String, Object>of("url", settings.link("/sumsub/websdk/" + applicant.id())));
		}).orElseGet(() -> error(HttpStatus.NOT_FOUND, "No applicant with external user id '" + userId + "'"));
	}

	private ResponseEntity<Map<String, Object>> refuseUnsigned(HttpServletRequest request, byte[] body) {
		String ts = request.getHeader("X-App-Access-Ts");
		String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		byte[] head = (ts + request.getMethod() + path).getBytes(StandardCharsets.UTF_8);
		byte[] signed = new byte[head.length + (body == null ? 0 : body.length)];
		System.arraycopy(head, 0, signed, 0, head.length);
		if (body != null) {
			System.arraycopy(body, 0, signed, head.length, body.length);
		}
		String expected = Hmac.hex("HmacSHA256", settings.sumsub().secretKey(), signed);
		if (ts == null || !settings.sumsub().appToken().equals(request.getHeader("X-App-Token"))) {
			return error(HttpStatus.UNAUTHORIZED, "App token is missing or unknown");
		}
		if (!Hmac.same(expected, request.getHeader("X-App-Access-Sig"))) {
			return error(HttpStatus.UNAUTHORIZED, "Request signature mismatch");
		}
		return null;
	}

	private Map<String, Object> view(Applicant applicant, String levelName) {
		Map<String, Object> fixedInfo = new LinkedHashMap<>();
		if ("company".equals(applicant.type())) {
			fixedInfo.put("companyInfo", Map.of("companyName", String.valueOf(applicant.givenName()), "country",
					String.valueOf(applicant.country())));
		}
		else {
			putIfPresent(fixedInfo, "firstName", applicant.givenName());
			putIfPresent(fixedInfo, "lastName", applicant.familyName());
			putIfPresent(fixedInfo, "dob", applicant.birthDate());
			putIfPresent(fixedInfo, "country", applicant.country());
			putIfPresent(fixedInfo, "nationality", applicant.country());
			if (applicant.address() != null) {
				fixedInfo.put("addresses", java.util.List.of(applicant.address()));
			}
		}
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", applicant.id());
		view.put("createdAt", SECONDS.format(applicant.createdAt()));
		view.put("key", "SIMULATOR");
		view.put("clientId", "simulator");
		view.put("inspectionId", applicant.id());
		view.put("externalUserId", applicant.externalId());
		view.put("fixedInfo", fixedInfo);
		view.put("info", fixedInfo);
		putIfPresent(view, "email", applicant.email());
		view.put("applicantPlatform", "API");
		view.put("review", Map.of("levelName", levelName, "reviewStatus", applicant.status(), "createDate",
				SECONDS.format(applicant.createdAt())));
		view.put("type", applicant.type());
		return view;
	}

	private static void putIfPresent(Map<String, Object> map, String key, String value) {
		if (value != null && !value.isBlank()) {
			map.put(key, value);
		}
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String description) {
		return ResponseEntity.status(status)
			.body(Map.of("description", description, "code", status.value(), "correlationId",
					"req-" + UUID.randomUUID(), "errorCode", status.value(), "createdAt",
					SECONDS.format(Instant.now())));
	}

}
