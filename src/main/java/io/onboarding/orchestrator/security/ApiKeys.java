package io.onboarding.orchestrator.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The configured API keys ({@code onboarding.api-keys}: comma-separated
 * {@code name:role:key}, the key also as {@code sha256:<hex>}). Only SHA-256 hashes are
 * held; a presented key is hashed and compared with every entry in constant time, so
 * neither timing nor memory gives a key away.
 */
final class ApiKeys {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

	private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

	private final List<Entry> entries;

	private ApiKeys(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	/**
	 * Parses the setting; a malformed entry stops the service with a message that names
	 * it (never the key).
	 */
	public static ApiKeys parse(String setting) {
		List<Entry> entries = new ArrayList<>();
		if (setting == null || setting.isBlank()) {
			return new ApiKeys(entries);
		}
		String[] items = setting.split(",");
		for (int i = 0; i < items.length; i++) {
			String item = items[i].trim();
			if (item.isEmpty()) {
				continue;
			}
			String[] parts = item.split(":", 3);
			if (parts.length != 3 || !NAME.matcher(parts[0]).matches() || parts[2].isEmpty()) {
				throw new IllegalArgumentException("onboarding.api-keys entry " + (i + 1)
						+ " is not name:role:key (name of letters, digits, . _ @ -)");
			}
			Role role;
			try {
				role = Role.parse(parts[1]);
			}
			catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("onboarding.api-keys entry " + (i + 1) + ": " + e.getMessage());
			}
			entries.add(new Entry(parts[0], role, hashOf(parts[2], i + 1)));
		}
		return new ApiKeys(entries);
	}

	private static byte[] hashOf(String key, int position) {
		if (key.startsWith("sha256:")) {
			String hex = key.substring("sha256:".length());
			if (!SHA256_HEX.matcher(hex).matches()) {
				throw new IllegalArgumentException(
						"onboarding.api-keys entry " + position + ": sha256: must be followed by 64 hex digits");
			}
			return HexFormat.of().parseHex(hex.toLowerCase());
		}
		return sha256(key);
	}

	static byte[] sha256(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	public boolean isEmpty() {
		return entries.isEmpty();
	}

	/**
	 * The key's owner, if the presented key is one of ours. Looks at every entry whatever
	 * it finds.
	 */
	Optional<ApiKeyOwner> authenticate(String presented) {
		byte[] hash = sha256(presented);
		ApiKeyOwner found = null;
		for (Entry entry : entries) {
			if (MessageDigest.isEqual(entry.hash(), hash) && found == null) {
				found = new ApiKeyOwner(entry.name(), entry.role());
			}
		}
		return Optional.ofNullable(found);
	}

	private record Entry(String name, Role role, byte[] hash) {
	}

	/** Who holds a key: the name is the actor recorded in the audit trail. */
	public record ApiKeyOwner(String name, Role role) {
	}

}
