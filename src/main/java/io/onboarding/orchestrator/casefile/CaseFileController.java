package io.onboarding.orchestrator.casefile;

import java.security.Principal;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /clients/{id}/case-file} (operators, SPEC 7.4): the client's case file as
 * JSON with its digest, or as a PDF for {@code Accept: application/pdf}; any other Accept
 * is a 406.
 */
@RestController
class CaseFileController {

	private static final MediaType PDF = MediaType.APPLICATION_PDF;

	private final CaseFiles caseFiles;

	private final CaseFilePdf pdf;

	CaseFileController(CaseFiles caseFiles, CaseFilePdf pdf) {
		this.caseFiles = caseFiles;
		this.pdf = pdf;
	}

	@GetMapping(value = "/clients/{id}/case-file", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> json(@PathVariable UUID id, Principal principal) {
		return caseFiles.assemble(id, principal.getName()).body();
	}

	@GetMapping(value = "/clients/{id}/case-file", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Principal principal) {
		CaseFile caseFile = caseFiles.assemble(id, principal.getName());
		return ResponseEntity.ok()
			.contentType(PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"case-file-" + id + ".pdf\"")
			.body(pdf.render(caseFile));
	}

}
