package io.onboarding.orchestrator.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser's session with Camunda's web apps, without the browser: the session cookie
 * and the CSRF token the web apps hand out, then the login form of the welcome app.
 */
public final class WebAppSession {

	private final String baseUrl;

	private final HttpClient http;

	private final String csrfToken;

	private WebAppSession(String baseUrl, HttpClient http, String csrfToken) {
		this.baseUrl = baseUrl;
		this.http = http;
		this.csrfToken = csrfToken;
	}

	public static WebAppSession login(int port, String user, String password) {
		String baseUrl = "http://127.0.0.1:" + port;
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		HttpResponse<String> page = send(http,
				HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/app/welcome/default/")).GET().build());
		String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		HttpResponse<String> login = send(http,
				HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/admin/auth/user/default/login/welcome"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("X-XSRF-TOKEN", token)
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build());
		if (login.statusCode() != 200) {
			throw new AssertionError("web app login failed: " + login.statusCode() + " " + login.body());
		}
		return new WebAppSession(baseUrl, http, login.headers().firstValue("X-XSRF-TOKEN").orElse(token));
	}

	public Api.Response get(String path) {
		HttpResponse<String> response = send(http,
				HttpRequest.newBuilder(URI.create(baseUrl + path))
					.header("Accept", "application/json")
					.header("X-XSRF-TOKEN", csrfToken)
					.GET()
					.build());
		return new Api.Response(response.statusCode(), response.headers().map(), response.body());
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
