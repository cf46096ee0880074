package io.onboarding.orchestrator.fuzz;

import io.onboarding.orchestrator.support.Api;

/**
 * A request as the fuzz test sends it. Until then {@code ${name}} in its path, query and
 * body stands for an id of the {@link Fixtures}. The query is {@code name=value} pairs,
 * encoded; a null body sends none, a null content type no Content-Type header, a null key
 * no credentials.
 */
record Request(String method, String path, String query, String body, String contentType, String apiKey) {

	Request withMethod(String method) {
		return new Request(method, path, query, body, contentType, apiKey);
	}

	Request withPath(String path) {
		return new Request(method, path, query, body, contentType, apiKey);
	}

	Request withQuery(String query) {
		return new Request(method, path, query, body, contentType, apiKey);
	}

	Request withBody(String body) {
		return new Request(method, path, query, body, contentType, apiKey);
	}

	Request withContentType(String contentType) {
		return new Request(method, path, query, body, contentType, apiKey);
	}

	Request withApiKey(String apiKey) {
		return new Request(method, path, query, body, contentType, apiKey);
	}

	Api.Response send(int port, Fixtures fixtures) {
		// the service may tolerate a mutation (an unknown field, a number for a string):
		// the answer is still checked against the contract, the request not
		Api api = (apiKey == null ? Api.at(port) : Api.at(port).as(apiKey)).sendingAnything();
		String target = fixtures.render(path) + (query.isEmpty() ? "" : "?" + fixtures.render(query));
		return api.send(method, target, fixtures.render(body), contentType);
	}
}
