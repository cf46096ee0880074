package io.onboarding.orchestrator.user;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.onboarding.orchestrator.client.Identity;
import io.onboarding.orchestrator.client.JsonColumns;

/** An end user who acts for clients: a person with a login at the platform. */
@Entity
@Table(name = "users")
class User {

	static final String EXTERNAL = "external";
	static final String HUMAN = "human";

	@Id
	private UUID id;

	@Column(nullable = false)
	private String email;

	@Column(name = "email_normalized", nullable = false)
	private String emailNormalized;

	@Convert(converter = JsonColumns.IdentityColumn.class)
	@Column(nullable = false)
	private Identity identity;

	@Column(nullable = false)
	private String category;

	@Column(nullable = false)
	private String type;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected User() {
	}

	User(UUID id, String email, Identity identity, Instant now) {
		this.id = id;
		this.email = email;
		this.emailNormalized = normalize(email);
		this.identity = identity;
		this.category = EXTERNAL;
		this.type = HUMAN;
		this.createdAt = now;
	}

	static String normalize(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	UserView view() {
		return new UserView(id, email, identity, category, type);
	}

	UUID id() {
		return id;
	}

}
