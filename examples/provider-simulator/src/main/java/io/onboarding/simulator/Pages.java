package io.onboarding.simulator;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.HtmlUtils;

/**
 * The end user's side: the page a verification link opens (Sumsub's WebSDK, Persona's
 * hosted inquiry), where a developer presses the verdict the provider would reach, and an
 * overview of every applicant.
 */
@RestController
class Pages {

	/** What the buttons on a Sumsub page do: the event, the review status and result. */
	enum SumsubAction {

		SUBMIT("Documents submitted (applicantPending)", "applicantPending", "pending", null, null),
		GREEN("GREEN: verified", "applicantReviewed", "completed", "GREEN", null),
		RED_RETRY("RED RETRY: ask for new documents", "applicantReviewed", "completed", "RED", "RETRY"),
		RED_FINAL("RED FINAL: rejected for good", "applicantReviewed", "completed", "RED", "FINAL"),
		ON_HOLD("On hold (applicantOnHold)", "applicantOnHold", "onHold", null, null),
		RESET("Reset (applicantReset)", "applicantReset", "init", null, null);

		final String label;

		final String type;

		final String reviewStatus;

		final String answer;

		final String rejectType;

		SumsubAction(String label, String type, String reviewStatus, String answer, String rejectType) {
			this.label = label;
			this.type = type;
			this.reviewStatus = reviewStatus;
			this.answer = answer;
			this.rejectType = rejectType;
		}

	}

	/** Persona's inquiry events and the status each leaves the inquiry in. */
	private static final Map<String, String> PERSONA_EVENTS = new java.util.LinkedHashMap<>();

	static {
		PERSONA_EVENTS.put("inquiry.started", "pending");
		PERSONA_EVENTS.put("inquiry.completed", "completed");
		PERSONA_EVENTS.put("inquiry.approved", "approved");
		PERSONA_EVENTS.put("inquiry.declined", "declined");
		PERSONA_EVENTS.put("inquiry.failed", "failed");
		PERSONA_EVENTS.put("inquiry.expired", "expired");
		PERSONA_EVENTS.put("inquiry.marked-for-review", "needs_review");
	}

	private final Applicants applicants;

	private final Webhooks webhooks;

	private final SimulatorSettings settings;

	Pages(Applicants applicants, Webhooks webhooks, SimulatorSettings settings) {
		this.applicants = applicants;
		this.webhooks = webhooks;
		this.settings = settings;
	}

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	String overview() {
		StringBuilder rows = new StringBuilder();
		for (Applicant applicant : applicants.newestFirst()) {
			String page = applicant.provider() == Applicant.Provider.SUMSUB ? "/sumsub/websdk/" + applicant.id()
					: "/persona/verify/" + applicant.id();
			rows.append("<tr><td>")
				.append(applicant.provider().path())
				.append("</td><td><a href=\"")
				.append(page)
				.append("\">")
				.append(escape(applicant.id()))
				.append("</a></td><td>")
				.append(escape(applicant.displayName()))
				.append("</td><td>")
				.append(escape(applicant.externalId()))
				.append("</td><td>")
				.append(escape(applicant.status()))
				.append("</td></tr>");
		}
		return page("Provider simulator",
				"<p>Sumsub and Persona as the orchestrator at <code>" + escape(settings.orchestratorUrl().toString())
						+ "</code> sees them. Open an applicant to press its verdict.</p>"
						+ "<table><tr><th>Provider</th><th>Applicant</th><th>Name</th><th>Client id</th><th>Status</th></tr>"
						+ rows + "</table>"
						+ "<h2>An applicant Sumsub verified on its own</h2>"
						+ "<p>A person who went through Sumsub without the orchestrator (third-party onboarding): "
						+ "its GREEN review reaches the orchestrator for an applicant it does not know, which imports it "
						+ "as a client when <code>import-verified</code> is on.</p>"
						+ "<form method=\"post\" action=\"/sumsub/verified-elsewhere\">"
						+ "<label>Given name <input name=\"givenName\" value=\"Ada\" required></label> "
						+ "<label>Family name <input name=\"familyName\" value=\"Lovelace\" required></label> "
						+ "<label>Birth date <input name=\"birthDate\" value=\"1985-12-10\" required></label> "
						+ "<label>Country (alpha-3) <input name=\"country\" value=\"GBR\" size=\"3\" required></label> "
						+ "<br><label>Street <input name=\"street\" value=\"12 St James's Square\" required></label> "
						+ "<label>Town <input name=\"town\" value=\"London\" required></label> "
						+ "<label>Post code <input name=\"postCode\" value=\"SW1Y 4LB\" size=\"8\" required></label> "
						+ "<button>Verify and send GREEN</button></form>");
	}

	@GetMapping(path = "/sumsub/websdk/{id}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> sumsubPage(@PathVariable String id) {
		return applicants.find(id).filter(found -> found.provider() == Applicant.Provider.SUMSUB).map(applicant -> {
			StringBuilder buttons = new StringBuilder();
			for (SumsubAction action : SumsubAction.values()) {
				buttons.append("<form method=\"post\" action=\"/sumsub/websdk/")
					.append(applicant.id())
					.append("/")
					.append(action.name())
					.append("\">");
				if (action.rejectType != null) {
					String labels = action == SumsubAction.RED_FINAL ? "FORGERY" : "UNSATISFACTORY_PHOTOS";
					buttons.append("<input name=\"labels\" value=\"").append(labels).append("\" size=\"30\"> ");
				}
				buttons.append("<button>").append(escape(action.label)).append("</button></form>");
			}
			return ResponseEntity.ok(page("Sumsub WebSDK (simulated)", applicantPanel(applicant, buttons)));
		}).orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(page("Not found", "No such applicant")));
	}

	@PostMapping("/sumsub/websdk/{id}/{action}")
	RedirectView sumsubAction(@PathVariable String id, @PathVariable SumsubAction action,
			@RequestParam(defaultValue = "") String labels) {
		Applicant applicant = applicants.find(id)
			.filter(found -> found.provider() == Applicant.Provider.SUMSUB)
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND));
		List<String> rejectLabels = Arrays.stream(labels.split("[,\\s]+")).filter(label -> !label.isBlank()).toList();
		webhooks.sumsub(applicant, action.type, action.reviewStatus,
				action.answer == null ? null : Webhooks.reviewResult(action.answer, action.rejectType, rejectLabels));
		return new RedirectView("/sumsub/websdk/" + id);
	}

	@PostMapping("/sumsub/verified-elsewhere")
	RedirectView verifiedElsewhere(@RequestParam String givenName, @RequestParam String familyName,
			@RequestParam String birthDate, @RequestParam String country, @RequestParam String street,
			@RequestParam String town, @RequestParam String postCode) {
		Applicant applicant = applicants.add(new Applicant(Applicant.Provider.SUMSUB, Applicants.sumsubId(),
				"sumsub-direct-" + Applicants.sumsubId(), "individual", givenName, familyName, birthDate, country,
				null, "init"))
			.address(Map.of("street", street, "town", town, "postCode", postCode, "country", country));
		applicant.note("verified by Sumsub on its own");
		webhooks.sumsub(applicant, "applicantReviewed", "completed", Webhooks.reviewResult("GREEN", null, List.of()));
		return new RedirectView("/sumsub/websdk/" + applicant.id());
	}

	@GetMapping(path = "/persona/verify/{id}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> personaPage(@PathVariable String id) {
		return applicants.find(id).filter(found -> found.provider() == Applicant.Provider.PERSONA).map(inquiry -> {
			StringBuilder buttons = new StringBuilder();
			PERSONA_EVENTS.keySet()
				.forEach(event -> buttons.append("<form method=\"post\" action=\"/persona/verify/")
					.append(inquiry.id())
					.append("/")
					.append(event)
					.append("\"><button>")
					.append(event)
					.append("</button></form>"));
			return ResponseEntity.ok(page("Persona inquiry (simulated)", applicantPanel(inquiry, buttons)));
		}).orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(page("Not found", "No such inquiry")));
	}

	@PostMapping("/persona/verify/{id}/{event}")
	RedirectView personaEvent(@PathVariable String id, @PathVariable String event) {
		Applicant inquiry = applicants.find(id)
			.filter(found -> found.provider() == Applicant.Provider.PERSONA && PERSONA_EVENTS.containsKey(event))
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND));
		webhooks.persona(inquiry, event, PERSONA_EVENTS.get(event));
		return new RedirectView("/persona/verify/" + id);
	}

	private static String applicantPanel(Applicant applicant, CharSequence buttons) {
		StringBuilder log = new StringBuilder();
		applicant.log().forEach(line -> log.append(escape(line)).append('\n'));
		return "<p><a href=\"/\">All applicants</a></p><dl><dt>Applicant</dt><dd>" + escape(applicant.id())
				+ "</dd><dt>Name</dt><dd>" + escape(applicant.displayName()) + "</dd><dt>Client id</dt><dd>"
				+ escape(applicant.externalId()) + "</dd><dt>Status</dt><dd>" + escape(applicant.status())
				+ "</dd></dl><h2>Send the provider's webhook</h2>" + buttons
				+ "<h2>What happened</h2><pre>" + log + "</pre>";
	}

	private static String page(String title, String body) {
		return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title><style>"
				+ "body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse}"
				+ "td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}form{margin:.4em 0}"
				+ "pre{background:#f4f4f4;padding:1em;white-space:pre-wrap}</style></head><body><h1>" + escape(title)
				+ "</h1>" + body + "</body></html>";
	}

	private static String escape(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text);
	}

}
