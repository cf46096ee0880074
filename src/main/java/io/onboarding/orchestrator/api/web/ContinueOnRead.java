package io.onboarding.orchestrator.api.web;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.web.embedded.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * Answers {@code Expect: 100-continue} only when the body is read. A body past its
 * endpoint's limit is refused (413) from its declared length, before it is read; with
 * Tomcat's default the client is told to go on first and is cut off while it uploads,
 * which can cost it the answer. curl asks before sending a body over 1 MiB.
 */
@Component
class ContinueOnRead implements TomcatConnectorCustomizer {

	@Override
	public void customize(Connector connector) {
		connector.setProperty("continueResponseTiming", "onRead");
	}

}
