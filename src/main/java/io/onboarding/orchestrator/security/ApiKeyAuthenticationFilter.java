package io.onboarding.orchestrator.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests by {@code x-api-key: <key>} or
 * {@code Authorization: Bearer <key>}. A request without a key goes on unauthenticated
 * (and is refused where a role is needed); a wrong key is refused at once.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	static final String API_KEY_HEADER = "x-api-key";

	private static final String BEARER = "Bearer ";

	private final ApiKeys keys;

	private final AuthenticationEntryPoint entryPoint;

	ApiKeyAuthenticationFilter(ApiKeys keys, AuthenticationEntryPoint entryPoint) {
		this.keys = keys;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> presented = presentedKey(request);
		if (presented.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiKeys.ApiKeyOwner> owner = keys.authenticate(presented.get());
		if (owner.isEmpty()) {
			SecurityContextHolder.clearContext();
			entryPoint.commence(request, response, new BadCredentialsException("The API key is not valid"));
			return;
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(owner.get().name(), null,
				owner.get().role().authorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static Optional<String> presentedKey(HttpServletRequest request) {
		String key = request.getHeader(API_KEY_HEADER);
		if (key != null && !key.isBlank()) {
			return Optional.of(key.trim());
		}
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			String bearer = authorization.substring(BEARER.length()).trim();
			return bearer.isEmpty() ? Optional.empty() : Optional.of(bearer);
		}
		return Optional.empty();
	}

}
