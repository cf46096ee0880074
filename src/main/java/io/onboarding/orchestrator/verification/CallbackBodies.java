package io.onboarding.orchestrator.verification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.onboarding.orchestrator.api.InvalidRequestException;

/** What every provider adapter does with signed bodies: the MAC, and the JSON read. */
public final class CallbackBodies {

	private CallbackBodies() {
	}

	/** The HMAC ({@code HmacSHA256}, ...) with {@code secret} over the parts in order. */
	public static byte[] hmac(String algorithm, String secret, byte[]... parts) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
			for (byte[] part : parts) {
				mac.update(part);
			}
			return mac.doFinal();
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException("The JDK lacks " + algorithm, e);
		}
	}

	/** A callback's body as a JSON object; anything else is a 400 naming the body. */
	public static JsonNode readObject(ObjectMapper objectMapper, byte[] body) {
		try {
			JsonNode node = objectMapper.readTree(body);
			if (node == null || !node.isObject()) {
				throw new InvalidRequestException("body", "must be a JSON object");
			}
			return node;
		}
		catch (IOException e) {
			throw new InvalidRequestException("body", "is not valid JSON");
		}
	}

}
