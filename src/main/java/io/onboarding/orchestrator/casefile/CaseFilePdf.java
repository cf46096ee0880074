package io.onboarding.orchestrator.casefile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.commons.text.StringEscapeUtils;
import org.springframework.stereotype.Component;

/**
 * The case file as a PDF for a person to read (SPEC 7.4): the client, a timeline of the
 * case, then each part in a table: decision evaluations with their inputs and outputs,
 * reviews with their actors and reasons, requests for information, screening hits with
 * their evidence, verifications, compliance changes, webhooks and what the engine's
 * history still holds. Written as XHTML and laid out by OpenHTMLtoPDF; the same document
 * and digest as the JSON.
 */
@Component
class CaseFilePdf {

	private static final String STYLE = """
			@page { size: A4; margin: 18mm 14mm; @bottom-right { content: "page " counter(page) " of " counter(pages); font-size: 8pt; } }
			body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #222; }
			h1 { font-size: 16pt; margin: 0 0 4pt 0; }
			h2 { font-size: 11pt; margin: 14pt 0 4pt 0; border-bottom: 1px solid #888; }
			table { width: 100%; border-collapse: collapse; margin-bottom: 6pt; -fs-table-paginate: paginate; }
			th { text-align: left; background: #eee; }
			th, td { border: 1px solid #ccc; padding: 2pt 3pt; vertical-align: top; word-wrap: break-word; }
			.muted { color: #666; }
			.digest { font-family: monospace; font-size: 8pt; }
			td:first-child { white-space: nowrap; }
			""";

	private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");

	byte[] render(CaseFile caseFile) {
		JsonNode file = caseFile.document();
		JsonNode client = file.path("client");
		StringBuilder html = new StringBuilder(16_384);
		html.append("<html><head><style>").append(STYLE).append("</style></head><body>");
		html.append("<h1>Case file of client ").append(text(client, "clientNumber")).append("</h1>");
		html.append("<p class=\"muted\">Generated ")
			.append(text(file, "generatedAt"))
			.append(" for ")
			.append(text(file, "generatedBy"))
			.append(". SHA-256 of the JSON case file's RFC 8785 canonical form:<br/><span class=\"digest\">")
			.append(escape(caseFile.digest()))
			.append("</span></p>");
		client(html, file);
		timeline(html, file);
		evaluations(html, file);
		reviews(html, file);
		table(html, "Requests for information", file.path("requestsForInformation"),
				new String[] { "Requested", "By", "Request", "Answered", "By", "Answer" },
				new String[] { "requestedAt", "requestedBy", "request", "answeredAt", "answeredBy", "answer" });
		hits(html, file);
		verifications(html, file);
		table(html, "Compliance changes", file.path("complianceChanges"),
				new String[] { "When", "Officer", "Risk", "KYC level", "Blacklisted", "Comment", "Blocked", "Note",
						"Closed" },
				new String[] { "changedAt", "actor", "riskLevel", "kycLevel", "blacklisted", "blacklistedComment",
						"blocked", "kycNote", "closed" });
		table(html, "Contracts", file.path("contracts"), new String[] { "Accepted", "Contract", "Terms", "By" },
				new String[] { "acceptedAt", "contract", "termsVersion", "changedBy" });
		table(html, "Related parties", file.path("relations"),
				new String[] { "Relation", "Name", "Screening", "Risk", "Reasons", "Screened by", "Deleted" },
				new String[] { "relation", "fullName", "screeningStatus", "riskLevel", "screeningReasons", "screenedBy",
						"deletedAt" });
		webhooks(html, file);
		table(html, "Engine history: user tasks", file.path("engine").path("userTasks"),
				new String[] { "Task", "Assignee", "Created", "Ended", "End" },
				new String[] { "name", "assignee", "createdAt", "endedAt", "endReason" });
		table(html, "Engine history: incidents", file.path("engine").path("incidents"),
				new String[] { "Process", "Activity", "Type", "Message", "Created", "Ended" },
				new String[] { "process", "activity", "type", "message", "createdAt", "endedAt" });
		html.append("</body></html>");
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode();
			// PDF's standard fonts cover Latin-1 only: a Turkish, Greek or Cyrillic
			// name would print as #. DejaVu Sans (fonts/LICENSE-DejaVu.txt) covers
			// them, subset into each file.
			builder.useFont(() -> font("fonts/DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html.toString(), null).toStream(pdf).run();
			return pdf.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException("The case file could not be rendered as a PDF", e);
		}
	}

	private static java.io.InputStream font(String path) {
		java.io.InputStream font = CaseFilePdf.class.getClassLoader().getResourceAsStream(path);
		if (font == null) {
			throw new IllegalStateException("The font " + path + " is missing from the classpath");
		}
		return font;
	}

	private static void client(StringBuilder html, JsonNode file) {
		JsonNode client = file.path("client");
		JsonNode identity = client.path("identity");
		JsonNode profile = client.path("profile");
		JsonNode compliance = client.path("compliance");
		html.append("<h2>Client</h2><table>");
		row(html, "Id", text(client, "id"));
		row(html, "Name", text(client, "fullName"));
		row(html, "Type", text(identity, "type"));
		row(html, "Born / incorporated",
				text(identity, "birthDate") + text(identity, "incorporationDate") + " " + text(identity, "country"));
		row(html, "Contact", text(profile, "email") + " " + text(profile, "phone"));
		row(html, "Status", text(client, "status") + " (KYC " + text(client, "kycStatus") + ")");
		row(html, "KYC level / risk", text(compliance, "kycLevel") + " / " + text(compliance, "riskLevel"));
		row(html, "Blacklisted / blocked", text(compliance, "blacklisted") + " / " + text(compliance, "blocked"));
		row(html, "Created / closed", text(client, "createdAt") + " / " + text(client, "closedAt"));
		if (file.has("erasure")) {
			row(html, "Erased", text(file.path("erasure"), "erasedAt") + ": " + text(file.path("erasure"), "erased"));
		}
		html.append("</table>");
	}

	/** Every dated step of the case, in order. */
	private static void timeline(StringBuilder html, JsonNode file) {
		List<String[]> events = new ArrayList<>();
		events.add(new String[] { text(file.path("client"), "createdAt"), "Client created", "" });
		for (JsonNode application : file.path("applications")) {
			String kind = text(application, "kind") + " application";
			events.add(new String[] { text(application, "createdAt"), kind + " opened", "" });
			for (JsonNode decision : application.path("decisions")) {
				events.add(new String[] { text(decision, "decidedAt"),
						kind + ": " + text(decision, "step") + " " + text(decision, "outcome") + reason(decision),
						text(decision, "actor") });
			}
			for (JsonNode evaluation : application.path("evaluations")) {
				events.add(new String[] { text(evaluation, "evaluatedAt"),
						"Decision " + text(evaluation, "decisionName") + ": " + outputs(evaluation), "rule" });
			}
		}
		for (JsonNode hit : file.path("screening").path("hits")) {
			events.add(new String[] { text(hit, "createdAt"),
					"Screening hit on " + text(hit, "listName") + " v" + text(hit, "listVersion") + " ("
							+ text(hit, "entryCaption") + ", score " + text(hit, "score") + ")",
					"screening" });
			if (!text(hit, "firstAt").isEmpty()) {
				events.add(new String[] { text(hit, "firstAt"), "Hit reviewed: " + text(hit, "firstOutcome"),
						text(hit, "firstBy") });
			}
			if (!text(hit, "decidedAt").isEmpty()) {
				events.add(new String[] { text(hit, "decidedAt"), "Hit decided: " + text(hit, "status"),
						text(hit, "decidedBy") });
			}
		}
		for (JsonNode verification : file.path("verifications")) {
			for (JsonNode callback : verification.path("callbacks")) {
				events
					.add(new String[] {
							text(callback, "receivedAt"), text(verification, "provider") + " "
									+ text(callback, "eventType") + " (" + text(callback, "outcome") + ")",
							"provider" });
			}
		}
		for (JsonNode change : file.path("complianceChanges")) {
			events.add(new String[] { text(change, "changedAt"), "Compliance change", text(change, "actor") });
		}
		events.sort(Comparator.comparing(event -> event[0]));
		html.append("<h2>Timeline</h2><table><tr><th>When</th><th>What</th><th>Who</th></tr>");
		for (String[] event : events) {
			html.append("<tr><td>")
				.append(escape(event[0]))
				.append("</td><td>")
				.append(escape(event[1]))
				.append("</td><td>")
				.append(escape(event[2]))
				.append("</td></tr>");
		}
		html.append("</table>");
	}

	private static void evaluations(StringBuilder html, JsonNode file) {
		html.append("<h2>Decision evaluations</h2><table><tr><th>When</th><th>Decision</th><th>Inputs</th>"
				+ "<th>Outputs</th></tr>");
		List<JsonNode> all = new ArrayList<>();
		file.path("applications").forEach(application -> application.path("evaluations").forEach(all::add));
		file.path("relations").forEach(relation -> relation.path("evaluations").forEach(all::add));
		for (JsonNode evaluation : all) {
			html.append("<tr><td>")
				.append(escape(text(evaluation, "evaluatedAt")))
				.append("</td><td>")
				.append(escape(text(evaluation, "decisionName") + " (" + text(evaluation, "decisionKey") + ", version "
						+ text(evaluation, "decisionVersion") + ")"))
				.append("</td><td>")
				.append(escape(fields(evaluation.path("inputs"))))
				.append("</td><td>")
				.append(escape(outputs(evaluation)))
				.append("</td></tr>");
		}
		html.append("</table>");
	}

	private static void reviews(StringBuilder html, JsonNode file) {
		html.append("<h2>Applications and reviews</h2>");
		for (JsonNode application : file.path("applications")) {
			html.append("<p><b>")
				.append(escape(text(application, "kind")))
				.append(" application ")
				.append(escape(text(application, "id")))
				.append("</b>: ")
				.append(escape(text(application, "status")))
				.append(", decision ")
				.append(escape(text(application, "decision")))
				.append(", risk ")
				.append(escape(text(application, "riskLevel")));
			if (application.has("fourEyes")) {
				html.append(", four eyes: ")
					.append(escape(text(application.path("fourEyes"), "first")))
					.append(" and ")
					.append(escape(text(application.path("fourEyes"), "second")));
			}
			html.append("</p>");
			table(html, null, application.path("decisions"),
					new String[] { "When", "Step", "Outcome", "Actor", "Reason" },
					new String[] { "decidedAt", "step", "outcome", "actor", "reason" });
		}
	}

	private static void hits(StringBuilder html, JsonNode file) {
		html.append("<h2>Screening</h2><table><tr><th>List</th><th>Entry</th><th>Party</th><th>Score</th>"
				+ "<th>Evidence</th><th>Status</th><th>Reviews</th></tr>");
		for (JsonNode hit : file.path("screening").path("hits")) {
			html.append("<tr><td>")
				.append(escape(text(hit, "listName") + " v" + text(hit, "listVersion")))
				.append("</td><td>")
				.append(escape(
						text(hit, "entryCaption") + " (" + text(hit, "entryId") + ", " + text(hit, "topics") + ")"))
				.append("</td><td>")
				.append(escape(text(hit, "partyKind") + ": " + text(hit, "partyCaption")))
				.append("</td><td>")
				.append(escape(text(hit, "score")))
				.append("</td><td>")
				.append(escape(fields(hit.path("features"))))
				.append("</td><td>")
				.append(escape(text(hit, "status")))
				.append("</td><td>")
				.append(escape(text(hit, "firstOutcome") + " by " + text(hit, "firstBy") + " " + text(hit, "firstAt")
						+ reason(hit, "firstReason") + "; " + text(hit, "decidedBy") + " " + text(hit, "decidedAt")
						+ reason(hit, "reason")))
				.append("</td></tr>");
		}
		html.append("</table>");
	}

	private static void verifications(StringBuilder html, JsonNode file) {
		table(html, "Identity verification", file.path("verifications"),
				new String[] { "Provider", "Applicant", "Status", "Labels", "Created", "Updated" },
				new String[] { "provider", "applicantId", "status", "rejectLabels", "createdAt", "updatedAt" });
	}

	private static void webhooks(StringBuilder html, JsonNode file) {
		html.append("<h2>Webhooks</h2><table><tr><th>When</th><th>Event</th><th>Deliveries</th></tr>");
		for (JsonNode event : file.path("webhooks")) {
			StringBuilder deliveries = new StringBuilder();
			for (JsonNode delivery : event.path("deliveries")) {
				deliveries.append(text(delivery, "status"))
					.append(" after ")
					.append(text(delivery, "attempts"))
					.append(" attempt(s) ")
					.append(text(delivery, "deliveredAt"))
					.append("; ");
			}
			html.append("<tr><td>")
				.append(escape(text(event, "createdAt")))
				.append("</td><td>")
				.append(escape(text(event, "event")))
				.append("</td><td>")
				.append(escape(deliveries.toString()))
				.append("</td></tr>");
		}
		html.append("</table>");
	}

	private static void table(StringBuilder html, String title, JsonNode rows, String[] headings, String[] fields) {
		if (title != null) {
			html.append("<h2>").append(escape(title)).append("</h2>");
		}
		if (rows.isEmpty()) {
			html.append("<p class=\"muted\">None.</p>");
			return;
		}
		html.append("<table><tr>");
		for (String heading : headings) {
			html.append("<th>").append(escape(heading)).append("</th>");
		}
		html.append("</tr>");
		for (JsonNode row : rows) {
			html.append("<tr>");
			for (String field : fields) {
				html.append("<td>").append(escape(text(row, field))).append("</td>");
			}
			html.append("</tr>");
		}
		html.append("</table>");
	}

	private static void row(StringBuilder html, String label, String value) {
		html.append("<tr><th>").append(escape(label)).append("</th><td>").append(escape(value)).append("</td></tr>");
	}

	private static String outputs(JsonNode evaluation) {
		List<String> rules = new ArrayList<>();
		evaluation.path("outputs").forEach(rule -> rules.add(fields(rule)));
		return rules.isEmpty() ? "no rule matched" : String.join("; ", rules);
	}

	/** {@code name=value, ...} of an object's fields. */
	private static String fields(JsonNode object) {
		List<String> shown = new ArrayList<>();
		for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			shown.add(field.getKey() + "="
					+ (field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString()));
		}
		return String.join(", ", shown);
	}

	private static String reason(JsonNode decision) {
		return reason(decision, "reason");
	}

	private static String reason(JsonNode node, String field) {
		String reason = text(node, field);
		return reason.isEmpty() ? "" : " (" + reason + ")";
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return "";
		}
		String text = value.asText();
		// instants read as a person writes them, to the second (the JSON keeps them
		// whole)
		return INSTANT.matcher(text).matches() ? text.substring(0, 10) + " " + text.substring(11, 19) + " UTC" : text;
	}

	private static String escape(String text) {
		return StringEscapeUtils.escapeXml10(text == null ? "" : text);
	}

}
