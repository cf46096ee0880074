package io.onboarding.simulator;

import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** Every applicant and inquiry since the simulator started, by id. */
@Component
public class Applicants {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, Applicant> byId = new ConcurrentHashMap<>();

	public Applicant add(Applicant applicant) {
		byId.put(applicant.id(), applicant);
		return applicant;
	}

	public Optional<Applicant> find(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	public Optional<Applicant> byExternalId(Applicant.Provider provider, String externalId) {
		return byId.values()
			.stream()
			.filter(applicant -> applicant.provider() == provider && externalId.equals(applicant.externalId()))
			.findFirst();
	}

	public List<Applicant> newestFirst() {
		return byId.values().stream().sorted(Comparator.comparing(Applicant::createdAt).reversed()).toList();
	}

	/** Sumsub's ids look like MongoDB object ids: 24 hex digits. */
	public static String sumsubId() {
		return hex(12);
	}

	/** Persona's ids carry their type: inq_ for an inquiry, evt_ for an event. */
	public static String personaId(String prefix) {
		return prefix + hex(12);
	}

	private static String hex(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}
