package io.onboarding.orchestrator.api;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The {@code page} and {@code size} query parameters of every list, checked, and the page metadata answered. */
public final class PageMetadata {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private PageMetadata() {
    }

    /** Reads page and size; a bad value is a 400 naming the parameter. */
    public static PageRequest request(Integer page, Integer size, Sort sort) {
        int number = page == null ? 0 : page;
        int pageSize = size == null ? DEFAULT_SIZE : size;
        var errors = new java.util.ArrayList<FieldError>();
        if (number < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(List.copyOf(errors));
        }
        return PageRequest.of(number, pageSize, sort);
    }

    /** {@code metadata.page = {size, number, totalElements, totalPages}}. */
    public static Map<String, Object> of(Page<?> page) {
        return Map.of("page", new PageInfo(page.getSize(), page.getNumber(), page.getTotalElements(),
                page.getTotalPages()));
    }

    public record PageInfo(int size, int number, long totalElements, int totalPages) {
    }
}
