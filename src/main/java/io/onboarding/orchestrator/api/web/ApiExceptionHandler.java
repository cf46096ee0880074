package io.onboarding.orchestrator.api.web;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import io.onboarding.orchestrator.api.FieldError;
import io.onboarding.orchestrator.infrastructure.RecordNotFoundException;
import io.onboarding.orchestrator.infrastructure.SafeLog;
import io.onboarding.orchestrator.api.PayloadTooLargeException;
import io.onboarding.orchestrator.api.ProblemWriter;
import io.onboarding.orchestrator.api.UnauthenticatedException;
import io.onboarding.orchestrator.api.InvalidRequestException;
import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.api.JsonPaths;
import io.onboarding.orchestrator.api.ConflictException;
import io.onboarding.orchestrator.api.NulFreeStrings;
import com.fasterxml.jackson.core.JsonParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;

/**
 * Turns every failure into an RFC 9457 problem. Bad input is always a 4xx that names the
 * field; anything unexpected is a bare 500 whose details stay in the log, never in the
 * response.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final ProblemWriter problems;

	ApiExceptionHandler(ProblemWriter problems) {
		this.problems = problems;
	}

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidRequestException e, HttpServletRequest request) {
		return respond(Problems.invalid(e.errors(), request.getRequestURI()));
	}

	@ExceptionHandler(BusinessRuleException.class)
	ResponseEntity<ProblemDetail> businessRule(BusinessRuleException e, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "business-rule", e.getMessage(),
				request.getRequestURI());
		if (e.field() != null) {
			problem.setProperty("errors", List.of(new FieldError(e.field(), e.getMessage())));
		}
		return respond(problem);
	}

	@ExceptionHandler(UnauthenticatedException.class)
	ResponseEntity<ProblemDetail> unauthenticated(UnauthenticatedException e, HttpServletRequest request) {
		return respond(
				Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", e.getMessage(), request.getRequestURI()));
	}

	@ExceptionHandler(RecordNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(RecordNotFoundException e, HttpServletRequest request) {
		return respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage(), request.getRequestURI()));
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException e, HttpServletRequest request) {
		return respond(Problems.of(HttpStatus.CONFLICT, "conflict", e.getMessage(), request.getRequestURI()));
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	void tooLarge(PayloadTooLargeException e, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		problems.tooLarge(request, response, e.getMessage());
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, PessimisticLockingFailureException.class })
	ResponseEntity<ProblemDetail> concurrentUpdate(RuntimeException e, HttpServletRequest request) {
		return respond(Problems.of(HttpStatus.CONFLICT, "concurrent-update",
				"The resource was changed by another request at the same time; read it again and retry",
				request.getRequestURI()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
		String expected = e.getRequiredType() == null ? "a valid value" : describe(e.getRequiredType());
		return respond(
				Problems.invalid(List.of(new FieldError(e.getName(), "must be " + expected)), request.getRequestURI()));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
		if (DatabaseUnavailable.causedBy(e)) {
			log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(),
					e.getClass().getName());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.unavailable(request.getRequestURI()));
		}
		// Exception messages may quote request data (names, emails): log the kind and
		// the place only.
		log.error("Unexpected failure on {} {}: {}", request.getMethod(), request.getRequestURI(), SafeLog.describe(e));
		return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				"The request could not be completed; it has been logged", request.getRequestURI()));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String instance = instance(request);
		Throwable cause = e.getCause();
		if (cause instanceof JsonMappingException mapping && !(cause instanceof JsonParseException)
				&& !mapping.getPath().isEmpty()) {
			return cast(respond(
					Problems.invalid(List.of(new FieldError(JsonPaths.of(mapping), reason(mapping))), instance)));
		}
		String detail = cause instanceof JsonProcessingException json && json.getLocation() != null
				? "The body is not valid JSON (line " + json.getLocation().getLineNr() + ", column "
						+ json.getLocation().getColumnNr() + ")"
				: "The request body is missing or is not valid JSON";
		return cast(respond(Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", detail, instance)));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return cast(respond(
				Problems.invalid(List.of(new FieldError(e.getParameterName(), "is required")), instance(request))));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		// Spring's own MVC exceptions (405, 406, 415, 404 of unknown paths...): keep
		// their status, give them our problem shape.
		HttpStatus status = HttpStatus.valueOf(statusCode.value());
		String detail = body instanceof ProblemDetail problem && problem.getDetail() != null ? problem.getDetail()
				: e instanceof ErrorResponse error && error.getBody().getDetail() != null ? error.getBody().getDetail()
						: status.getReasonPhrase();
		ProblemDetail problem = Problems.of(status, slug(status), detail, instance(request));
		if (e instanceof MissingRequestHeaderException missing) {
			problem.setProperty("errors", List.of(new FieldError(missing.getHeaderName(), "header is required")));
		}
		HttpHeaders responseHeaders = new HttpHeaders();
		if (headers != null) {
			responseHeaders.putAll(headers);
		}
		responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(problem, responseHeaders, status);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> entity) {
		return (ResponseEntity) entity;
	}

	private static String instance(WebRequest request) {
		return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
	}

	static String reason(JsonMappingException e) {
		if (e instanceof NulFreeStrings.NulCharacterException) {
			return "must not contain the NUL character";
		}
		if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
			return "must be " + describe(format.getTargetType());
		}
		if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return "must be " + describe(mismatch.getTargetType());
		}
		return "has an invalid value";
	}

	private static String describe(Class<?> type) {
		if (type == String.class) {
			return "a string";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "a number";
		}
		if (UUID.class == type) {
			return "a UUID";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "an array";
		}
		if (type.isEnum()) {
			return "one of "
					+ Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
		}
		return "an object";
	}

	private static String slug(HttpStatus status) {
		return status.getReasonPhrase().toLowerCase().replace(' ', '-');
	}

}
