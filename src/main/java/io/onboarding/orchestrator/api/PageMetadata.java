package io.onboarding.orchestrator.api;

import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import io.onboarding.orchestrator.api.Violations;

/**
 * The {@code page} and {@code size} query parameters of every list, checked, and the page
 * metadata answered.
 */
public final class PageMetadata {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	private PageMetadata() {
	}

	/**
	 * Reads page and size; a bad value is added to the violations, naming the parameter.
	 */
	public static PageRequest request(Violations v, Integer page, Integer size, Sort sort) {
		int number = page == null ? 0 : page;
		int pageSize = size == null ? DEFAULT_SIZE : size;
		if (number < 0) {
			v.add("page", "must be 0 or more");
		}
		if (pageSize < 1 || pageSize > MAX_SIZE) {
			v.add("size", "must be between 1 and " + MAX_SIZE);
		}
		else if (number > lastPage(pageSize)) {
			v.add("page", "must be at most " + lastPage(pageSize) + " for size " + pageSize);
		}
		return v.isEmpty() ? PageRequest.of(number, pageSize, sort) : null;
	}

	/**
	 * JPA takes the page's first row as an int: a page starting past that would overflow
	 * into a negative offset (a 500). The bound keeps the page's last row within an int
	 * too. No list comes near 2^31 rows, so nothing real is refused.
	 */
	private static int lastPage(int pageSize) {
		return Integer.MAX_VALUE / pageSize - 1;
	}

	/** {@code metadata.page = {size, number, totalElements, totalPages}}. */
	public static Map<String, Object> of(Page<?> page) {
		return Map.of("page",
				new PageInfo(page.getSize(), page.getNumber(), page.getTotalElements(), page.getTotalPages()));
	}

	public record PageInfo(int size, int number, long totalElements, int totalPages) {
	}

}
