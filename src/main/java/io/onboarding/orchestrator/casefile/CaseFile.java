package io.onboarding.orchestrator.casefile;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * A case file and the digest that lets a copy be checked later (SPEC 7.4): SHA-256 of the
 * RFC 8785 (JSON Canonicalization Scheme) form of {@code caseFile}, in lower-case hex.
 * Any JCS implementation gives the same bytes for the same document, whatever the order
 * of its members or the spacing of the copy.
 */
record CaseFile(JsonNode document, String digest) {

	static final String ALGORITHM = "SHA-256";

	static final String CANONICALIZATION = "RFC 8785";

	static CaseFile of(JsonNode document, ObjectMapper objectMapper) {
		return new CaseFile(document, digest(document, objectMapper));
	}

	/** The API's answer: the file and its digest. */
	Map<String, Object> body() {
		return Map.of("data", Map.of("caseFile", document, "digest",
				Map.of("algorithm", ALGORITHM, "canonicalization", CANONICALIZATION, "value", digest)));
	}

	static String digest(JsonNode document, ObjectMapper objectMapper) {
		try {
			byte[] canonical = new JsonCanonicalizer(objectMapper.writeValueAsString(document)).getEncodedUTF8();
			return HexFormat.of().formatHex(MessageDigest.getInstance(ALGORITHM).digest(canonical));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("The case file could not be written as JSON", e);
		}
		catch (IOException e) {
			throw new IllegalStateException("The case file could not be canonicalized", e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
		}
	}

}
