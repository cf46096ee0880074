package io.onboarding.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One applicant (Sumsub) or inquiry (Persona): who it is, where it stands and what was
 * sent about it.
 */
public final class Applicant {

	public enum Provider {

		SUMSUB, PERSONA;

		public String path() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	private final Provider provider;

	private final String id;

	/** Sumsub's externalUserId, Persona's reference-id: the orchestrator's client id. */
	private final String externalId;

	private final String type;

	private final String givenName;

	private final String familyName;

	private final String birthDate;

	private final String country;

	private final String email;

	private final Instant createdAt;

	/** A street, a town and a post code, for an applicant verified on its own. */
	private volatile java.util.Map<String, String> address;

	private String status;

	private final List<String> log = Collections.synchronizedList(new ArrayList<>());

	public Applicant(Provider provider, String id, String externalId, String type, String givenName,
			String familyName, String birthDate, String country, String email, String status) {
		this.provider = provider;
		this.id = id;
		this.externalId = externalId;
		this.type = type;
		this.givenName = givenName;
		this.familyName = familyName;
		this.birthDate = birthDate;
		this.country = country;
		this.email = email;
		this.status = status;
		this.createdAt = Instant.now();
	}

	public Provider provider() {
		return provider;
	}

	public String id() {
		return id;
	}

	public String externalId() {
		return externalId;
	}

	public String type() {
		return type;
	}

	public String givenName() {
		return givenName;
	}

	public String familyName() {
		return familyName;
	}

	public String birthDate() {
		return birthDate;
	}

	public String country() {
		return country;
	}

	public String email() {
		return email;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public java.util.Map<String, String> address() {
		return address;
	}

	public Applicant address(java.util.Map<String, String> address) {
		this.address = java.util.Map.copyOf(address);
		return this;
	}

	public synchronized String status() {
		return status;
	}

	public synchronized void status(String status) {
		this.status = status;
	}

	public void note(String line) {
		log.add(Instant.now() + "  " + line);
	}

	public List<String> log() {
		synchronized (log) {
			return List.copyOf(log);
		}
	}

	public String displayName() {
		String name = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).trim();
		return name.isEmpty() ? "(no name given)" : name;
	}

}
