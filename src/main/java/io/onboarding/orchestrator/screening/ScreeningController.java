package io.onboarding.orchestrator.screening;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.HttpMediaTypeNotSupportedException;

import io.onboarding.orchestrator.api.DataFields;
import io.onboarding.orchestrator.api.Envelope;
import io.onboarding.orchestrator.api.InvalidRequestException;
import io.onboarding.orchestrator.api.NotFoundException;
import io.onboarding.orchestrator.api.PageMetadata;
import io.onboarding.orchestrator.api.Violations;
import io.onboarding.orchestrator.infrastructure.WireValue;
import io.onboarding.orchestrator.screening.lists.ListFormat;
import io.onboarding.orchestrator.screening.lists.ListLoads;
import io.onboarding.orchestrator.screening.lists.ListStore;
import io.onboarding.orchestrator.screening.lists.ListVersion;
import io.onboarding.orchestrator.screening.lists.Topic;

/**
 * Screening over the API (SPEC 5.5), for operators: loading a list as a new version, the
 * lists and their versions, the hits and their decisions.
 */
@RestController
class ScreeningController {

	private static final Pattern LIST_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

	private final ListLoads loads;

	private final ListStore lists;

	private final HitDecisions hits;

	private final ScreeningSettings settings;

	ScreeningController(ListLoads loads, ListStore lists, HitDecisions hits, ScreeningSettings settings) {
		this.loads = loads;
		this.lists = lists;
		this.hits = hits;
		this.settings = settings;
	}

	/**
	 * The body is the list file: {@code text/csv} for OpenSanctions' simple CSV,
	 * {@code application/xml} for the UN consolidated list. 201 with the new version; 200
	 * when the file changes nothing.
	 */
	@PutMapping("/screening/lists/{name}")
	ResponseEntity<Envelope> load(@PathVariable String name, @RequestParam(required = false) String topic,
			HttpServletRequest request, Principal principal) throws IOException, HttpMediaTypeNotSupportedException {
		if (!LIST_NAME.matcher(name).matches()) {
			throw new InvalidRequestException("name",
					"must be 1 to 64 lower-case letters, digits, '-' or '_', starting with a letter or digit");
		}
		Topic defaultTopic = Topic.SANCTION;
		if (topic != null) {
			defaultTopic = java.util.Arrays.stream(Topic.values())
				.filter(t -> t.value().equals(topic))
				.findFirst()
				.orElseThrow(
						() -> new InvalidRequestException("topic", "must be one of sanction, pep, crime, debarment"));
		}
		ListFormat format = ListFormat.of(contentType(request)).orElse(null);
		if (format == null) {
			throw new HttpMediaTypeNotSupportedException(contentType(request),
					List.of(MediaType.parseMediaType("text/csv"), MediaType.APPLICATION_XML));
		}
		if (request.getContentLengthLong() > settings.maxListSize().toBytes()) {
			throw new io.onboarding.orchestrator.screening.lists.ListTooLargeException(
					settings.maxListSize().toBytes());
		}
		try (InputStream body = request.getInputStream()) {
			ListLoads.Loaded loaded = loads.load(name, format, body, defaultTopic, settings.maxListSize().toBytes(),
					"upload", principal.getName());
			Envelope answer = Envelope.read("list", view(loaded.version()));
			return loaded.changed() ? ResponseEntity.created(URI.create("/screening/lists/" + name)).body(answer)
					: ResponseEntity.ok(answer);
		}
	}

	@GetMapping("/screening/lists")
	Envelope lists() {
		return Envelope.read("lists", lists.currentOfEach().stream().map(ScreeningController::view).toList());
	}

	@GetMapping("/screening/lists/{name}")
	Envelope list(@PathVariable String name) {
		ListVersion current = lists.current(name).orElseThrow(() -> new NotFoundException("Screening list", name));
		Map<String, Object> view = view(current);
		view.put("versions", lists.versions(name).stream().map(ScreeningController::view).toList());
		return Envelope.read("list", view);
	}

	/** The hits, newest first, optionally of one status or one client. */
	@GetMapping("/screening/hits")
	Envelope hits(@RequestParam(required = false) String status, @RequestParam(required = false) String clientId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Violations v = new Violations();
		var pageRequest = PageMetadata.request(v, page, size, Sort.unsorted());
		Hit.Status wanted = status == null ? null : WireValue.find(Hit.Status.class, status).orElse(null);
		if (status != null && wanted == null) {
			v.add("status", "must be one of " + String.join(", ", WireValue.values(Hit.Status.class)));
		}
		UUID client = null;
		if (clientId != null) {
			try {
				client = UUID.fromString(clientId);
			}
			catch (IllegalArgumentException e) {
				v.add("clientId", "must be a UUID");
			}
		}
		v.throwIfAny();
		Page<HitView> result = hits.list(wanted, client, pageRequest);
		return Envelope.read("hits", result.getContent()).withMetadata(PageMetadata.of(result));
	}

	@GetMapping("/screening/hits/{id}")
	Envelope hit(@PathVariable UUID id) {
		return Envelope.read("hit", hits.view(id));
	}

	/**
	 * {@code data.decision}: {@code true_match} or {@code false_positive} (with
	 * {@code data.reason}). A true match needs a second officer to confirm it.
	 */
	@PostMapping("/screening/hits/{id}/decision")
	Envelope decide(@PathVariable UUID id, @RequestBody DecisionRequest request, Principal principal) {
		Violations v = new Violations();
		String decision = DataFields.text(v, request.data(), "decision", true, 64);
		String reason = DataFields.text(v, request.data(), "reason", false, 2000);
		Hit.Outcome outcome = decision == null ? null : WireValue.find(Hit.Outcome.class, decision).orElse(null);
		if (decision != null && outcome == null) {
			v.add("data.decision", "must be one of " + String.join(", ", WireValue.values(Hit.Outcome.class)));
		}
		if (outcome == Hit.Outcome.FALSE_POSITIVE && reason == null) {
			v.add("data.reason", "is required for a false positive");
		}
		v.throwIfAny();
		return Envelope.read("hit", hits.decide(id, outcome, reason, principal.getName()));
	}

	record DecisionRequest(Map<String, Object> workflow, JsonNode data) {
	}

	private static Map<String, Object> view(ListVersion version) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("name", version.list());
		view.put("version", version.version());
		view.put("format", version.format());
		view.put("checksum", version.checksum());
		view.put("entryCount", version.entryCount());
		view.put("added", version.added());
		view.put("changed", version.changed());
		view.put("removed", version.removed());
		view.put("loadedBy", version.loadedBy());
		view.put("loadedAt", version.loadedAt());
		return view;
	}

	private static MediaType contentType(HttpServletRequest request) {
		try {
			return request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
		}
		catch (org.springframework.http.InvalidMediaTypeException e) {
			return null;
		}
	}

}
