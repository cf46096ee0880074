package io.onboarding.orchestrator.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import io.onboarding.orchestrator.api.ProblemWriter;

/**
 * Two doors. Camunda's web apps and engine REST API keep their own login: the web apps
 * their session login and CSRF protection, {@code /engine-rest} HTTP Basic against
 * Camunda's users with authorization checks on. Everything else is the API, reached with
 * an API key only.
 */
@Configuration
class SecurityConfiguration {

	// Path patterns, not MVC matchers: /engine-rest is Jersey's servlet, not a Spring
	// MVC mapping.
	private static final RequestMatcher CAMUNDA_PATHS = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"));

	/**
	 * No observations of Spring Security's own: the filter chain, authentication and
	 * authorization timed on every request cost 3 % of a request thread's CPU in a
	 * profile of creations, and nothing reads them. {@code http.server.requests} still
	 * times every request, refusals included.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	ApiKeys apiKeys(Environment environment) {
		return ApiKeys.parse(environment.getProperty("onboarding.api-keys", ""));
	}

	@Bean
	@Order(1)
	SecurityFilterChain camundaChain(HttpSecurity http) throws Exception {
		return http.securityMatcher(CAMUNDA_PATHS)
			// Camunda's own filters guard the rest. The one path they leave open, the
			// list of engine names, is closed here: nothing under /engine-rest answers
			// without a login.
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/engine"))
				.denyAll()
				.anyRequest()
				.permitAll())
			// The web apps bring their own CSRF filter and security headers.
			.csrf(AbstractHttpConfigurer::disable)
			.headers(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiChain(HttpSecurity http, ApiKeys keys, ProblemWriter problems) throws Exception {
		AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"onboarding\"");
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
					"A valid API key is required, in the x-api-key header or as Authorization: Bearer <key>");
		};
		AccessDeniedHandler forbidden = (request, response, e) -> problems.write(request, response,
				HttpStatus.FORBIDDEN, "forbidden", "This API key's role may not do this");
		return http
			.authorizeHttpRequests(requests -> requests.requestMatchers("/", "/error")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/v3/api-docs", "/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**",
						// browsers ask for it on every page; a 404, not a 401 in
						// Swagger UI's console
						"/favicon.ico")
				.permitAll()
				// authenticated by the provider's signature over the body
				// (VerificationController)
				.requestMatchers(HttpMethod.POST, "/providers/*/callbacks")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("OPERATOR")
				.requestMatchers(HttpMethod.PATCH, "/clients/*/compliance")
				.hasRole("OPERATOR")
				// a case file and an erasure are the compliance team's (SPEC 7.4, 7.5)
				.requestMatchers(HttpMethod.GET, "/clients/*/case-file")
				.hasRole("OPERATOR")
				.requestMatchers(HttpMethod.POST, "/clients/*/erasure")
				.hasRole("OPERATOR")
				.requestMatchers(HttpMethod.POST, "/applications/*/decision", "/clients/*/relations/*/decision")
				.hasRole("OPERATOR")
				// the screening lists and hits are compliance data: officers only
				.requestMatchers("/screening/**")
				.hasRole("OPERATOR")
				.anyRequest()
				.hasRole("INTEGRATOR"))
			.addFilterBefore(new ApiKeyAuthenticationFilter(keys, unauthenticated), AuthorizationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.anonymous(AbstractHttpConfigurer::disable)
			.exceptionHandling(
					handling -> handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
			.build();
	}

	/**
	 * {@code /engine-rest} answers only to Camunda users, by HTTP Basic; its
	 * authorizations apply.
	 */
	@Bean
	FilterRegistrationBean<Filter> engineRestAuthentication() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("camunda-engine-rest-authentication");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		return registration;
	}

}
