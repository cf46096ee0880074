package io.onboarding.orchestrator.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Encrypts endpoints' signing secrets with AES-256-GCM under a key from configuration
 * ({@code onboarding.webhooks.encryption-key}), so that a database dump alone does not
 * hand them out. The service must still read them to sign: hashing them, as for API keys,
 * is not an option.
 */
@Component
class SecretCipher {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	SecretCipher(WebhookSettings settings) {
		if (settings.encryptionKey() == null || settings.encryptionKey().length() < 16) {
			throw new IllegalStateException("onboarding.webhooks.encryption-key (ONBOARDING_WEBHOOKS_ENCRYPTION_KEY) "
					+ "must be set, at least 16 characters: it encrypts the stored webhook signing secrets");
		}
		this.key = new SecretKeySpec(sha256(settings.encryptionKey()), "AES");
	}

	String encrypt(String secret) {
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
		}
	}

	String decrypt(String stored) {
		try {
			byte[] all = Base64.getDecoder().decode(stored);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
			return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(
					"A webhook secret can't be decrypted: was " + "onboarding.webhooks.encryption-key changed?", e);
		}
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
