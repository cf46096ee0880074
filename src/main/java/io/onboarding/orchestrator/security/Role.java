package io.onboarding.orchestrator.security;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The roles an API key carries. An operator may do everything an integrator may. */
enum Role {

	INTEGRATOR, OPERATOR;

	static Role parse(String value) {
		return switch (value) {
			case "integrator" -> INTEGRATOR;
			case "operator" -> OPERATOR;
			default -> throw new IllegalArgumentException("unknown role '" + value + "' (use integrator or operator)");
		};
	}

	List<GrantedAuthority> authorities() {
		return this == OPERATOR
				? List.of(new SimpleGrantedAuthority("ROLE_OPERATOR"), new SimpleGrantedAuthority("ROLE_INTEGRATOR"))
				: List.of(new SimpleGrantedAuthority("ROLE_INTEGRATOR"));
	}

}
