package io.onboarding.orchestrator.webhook;

import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.onboarding.orchestrator.api.PageMetadata;
import io.onboarding.orchestrator.api.Formats;
import io.onboarding.orchestrator.api.Violations;
import org.springframework.data.domain.Sort;

/** Webhook endpoints and the deliveries made to them (SPEC 8). */
@RestController
@RequestMapping("/webhooks")
class WebhookController {

	private static final int MAX_SUBSCRIPTIONS = 50;

	private static final List<String> STATUSES = List.of(Deliveries.PENDING, Deliveries.DELIVERED, Deliveries.FAILED);

	private final WebhookEndpoints endpoints;

	private final Deliveries deliveries;

	private final NetworkGuard guard;

	private final DeliverySignal signal;

	WebhookController(WebhookEndpoints endpoints, Deliveries deliveries, NetworkGuard guard, DeliverySignal signal) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.guard = guard;
		this.signal = signal;
	}

	@PostMapping("/endpoints")
	ResponseEntity<Map<String, Object>> register(@RequestBody EndpointRequest request, Principal principal) {
		Violations v = new Violations();
		URI url = null;
		if (v.required("url", request.url())) {
			if (request.url().length() > 2000 || !Formats.isWebUrl(request.url())) {
				v.add("url", "must be an absolute http(s) URL");
			}
			else {
				url = URI.create(request.url());
				guard.refusal(url).ifPresent(why -> v.add("url", "is not allowed: the address " + why));
			}
		}
		List<String> events = request.events();
		if (events == null || events.isEmpty()) {
			v.add("events", "is required: event names such as clients.created, clients.*, or *");
		}
		else if (events.size() > MAX_SUBSCRIPTIONS) {
			v.add("events", "must have at most " + MAX_SUBSCRIPTIONS + " entries");
		}
		else {
			for (int i = 0; i < events.size(); i++) {
				if (events.get(i) == null || !EventTypes.isValidSubscription(events.get(i))) {
					v.add("events[" + i + "]", "must be module.type (modules: "
							+ String.join(", ", EventTypes.MODULES.stream().sorted().toList()) + "), module.* or *");
				}
			}
		}
		v.throwIfAny();
		WebhookEndpoints.CreatedEndpoint created = endpoints.create(url, List.copyOf(events), principal.getName());
		Map<String, Object> body = new LinkedHashMap<>(asMap(created.endpoint()));
		body.put("secret", created.secret());
		return ResponseEntity.created(URI.create("/webhooks/endpoints/" + created.endpoint().id())).body(body);
	}

	@GetMapping("/endpoints")
	Map<String, Object> endpoints(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Violations v = new Violations();
		var pageRequest = PageMetadata.request(v, page, size, Sort.unsorted());
		v.throwIfAny();
		List<Endpoint> list = endpoints.list(pageRequest.getPageNumber(), pageRequest.getPageSize());
		return Map.of("endpoints", list, "metadata",
				Map.of("page", pageInfo(pageRequest.getPageNumber(), pageRequest.getPageSize(), endpoints.count())));
	}

	@GetMapping("/endpoints/{id}")
	Endpoint endpoint(@PathVariable UUID id) {
		return endpoints.find(id);
	}

	@DeleteMapping("/endpoints/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		endpoints.delete(id);
	}

	@GetMapping("/deliveries")
	Map<String, Object> deliveries(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String status,
			@RequestParam(required = false) UUID endpointId, @RequestParam(required = false) String eventType) {
		Violations v = new Violations();
		var pageRequest = PageMetadata.request(v, page, size, Sort.unsorted());
		v.oneOf("status", status, STATUSES);
		if (eventType != null && !EventTypes.isEventName(eventType)) {
			v.add("eventType", "must be module.type, such as clients.created or applications.under_review");
		}
		v.throwIfAny();
		Deliveries.Page result = deliveries.list(new Deliveries.DeliveryFilter(status, endpointId, eventType),
				pageRequest.getPageNumber(), pageRequest.getPageSize());
		return Map.of("deliveries", result.deliveries(), "metadata",
				Map.of("page", pageInfo(pageRequest.getPageNumber(), pageRequest.getPageSize(), result.total())));
	}

	@GetMapping("/deliveries/{id}")
	Delivery delivery(@PathVariable UUID id) {
		return deliveries.find(id).withAttempts(deliveries.attempts(id));
	}

	@PostMapping("/deliveries/{id}/redeliver")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Delivery redeliver(@PathVariable UUID id) {
		Delivery delivery = deliveries.redeliver(id);
		signal.wakeUpAfterCommit();
		return delivery;
	}

	private static PageMetadata.PageInfo pageInfo(int number, int size, long total) {
		return new PageMetadata.PageInfo(size, number, total, (int) ((total + size - 1) / size));
	}

	private static Map<String, Object> asMap(Endpoint endpoint) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("id", endpoint.id());
		map.put("url", endpoint.url());
		map.put("events", endpoint.events());
		map.put("enabled", endpoint.enabled());
		map.put("source", endpoint.source());
		map.put("createdAt", endpoint.createdAt());
		return map;
	}

	record EndpointRequest(String url, List<String> events) {
	}

}
