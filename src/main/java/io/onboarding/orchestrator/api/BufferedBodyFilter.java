package io.onboarding.orchestrator.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Reads the body of an API request whole, up to {@code onboarding.api.max-body-size} (1
 * MiB): a larger body is a 413 before anything parses it, and the buffered body can be
 * read twice (by the idempotency check and by the controller).
 */
@Component
// After Spring Security: a request without a valid key is refused before its body is
// read.
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 10)
public class BufferedBodyFilter extends OncePerRequestFilter {

	private final int maxBytes;

	private final ProblemWriter problems;

	BufferedBodyFilter(@Value("${onboarding.api.max-body-size:1MB}") DataSize maxBodySize, ProblemWriter problems) {
		this.maxBytes = (int) maxBodySize.toBytes();
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		String method = request.getMethod();
		boolean hasBody = "POST".equals(method) || "PATCH".equals(method) || "PUT".equals(method);
		// a screening list streams in under its own limit
		// (onboarding.screening.max-list-size)
		boolean listUpload = "PUT".equals(method) && path.startsWith("/screening/lists/");
		return !hasBody || listUpload || path.startsWith("/camunda/") || path.startsWith("/engine-rest/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			tooLarge(request, response);
			return;
		}
		if (!isConcrete(request.getContentType())) {
			// Spring refuses to even read a wildcard or garbled Content-Type (an
			// exception, not a 415)
			problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
					"Content-Type must be application/json");
			return;
		}
		byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
		if (body.length > maxBytes) {
			tooLarge(request, response);
			return;
		}
		chain.doFilter(new BufferedBodyRequest(request, body), response);
	}

	private static boolean isConcrete(String contentType) {
		if (contentType == null) {
			return true; // no body type given: the controller's converters decide
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException garbled) {
			return false;
		}
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		problems.tooLarge(request, response, "The request body must not exceed " + maxBytes + " bytes");
	}

	/** A request whose body was read already and is served again from memory. */
	public static final class BufferedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		public byte[] body() {
			return body.clone();
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					try {
						return in.available() == 0;
					}
					catch (IOException e) {
						return true;
					}
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body is already in memory");
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(),
					getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding())));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

	}

}
