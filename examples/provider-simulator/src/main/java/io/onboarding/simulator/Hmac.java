package io.onboarding.simulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Hex HMACs, as both providers use them, and a comparison that takes constant time. */
final class Hmac {

	private Hmac() {
	}

	static String hex(String algorithm, String secret, byte[] data) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
			return HexFormat.of().formatHex(mac.doFinal(data));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(algorithm + " is not available", e);
		}
	}

	static boolean same(String expected, String given) {
		return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				given.getBytes(StandardCharsets.UTF_8));
	}

}
