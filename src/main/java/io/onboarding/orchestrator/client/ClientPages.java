package io.onboarding.orchestrator.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Reads one page of clients filtered by status and type without counting the whole match,
 * for lists whose total is known (see ClientCounts). The queries are JPQL text rather
 * than criteria queries: Hibernate keeps the translation of a text in its plan cache,
 * where it translated a criteria query again at every request.
 *
 * <p>
 * A deep page (past {@link #DEEP_OFFSET} rows) is read in two steps: the page's ids
 * first, from the index the list is ordered by, then its rows by id. PostgreSQL walks
 * every row an offset skips; asking for ids only lets it walk the index alone (an
 * index-only scan) over table pages that the visibility map marks all-visible (no change
 * since the last vacuum), instead of visiting each skipped row in the table. Shallow
 * pages are read in one query: there the skipped rows are few and the second round trip
 * is not worth it (the threshold is a judgement, not tuned: only the first page and page
 * 500 were measured). The two statements read two snapshots: a client that changes
 * between them is shown as it is now, on the page its former state put it on.
 */
@Component
class ClientPages {

	/**
	 * Offsets from which a page is read in two steps (page 50 at the default size of 20).
	 */
	static final long DEEP_OFFSET = 1_000;

	private final EntityManager entityManager;

	ClientPages(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	List<Client> read(ClientStatus status, String type, Pageable pageable) {
		if (pageable.getOffset() < DEEP_OFFSET) {
			return page(query("c", Client.class, status, type, pageable), pageable).getResultList();
		}
		List<UUID> ids = page(query("c.id", UUID.class, status, type, pageable), pageable).getResultList();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, Client> rows = entityManager.createQuery("select c from Client c where c.id in :ids", Client.class)
			.setParameter("ids", ids)
			.getResultStream()
			.collect(Collectors.toMap(Client::id, Function.identity()));
		// clients are never deleted; were one missing, the page would be one shorter,
		// not a 500
		return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
	}

	private <T> TypedQuery<T> query(String selection, Class<T> resultType, ClientStatus status, String type,
			Pageable pageable) {
		StringBuilder jpql = new StringBuilder("select ").append(selection).append(" from Client c where 1 = 1");
		if (status != null) {
			jpql.append(" and c.status = :status");
		}
		if (type != null) {
			jpql.append(" and c.type = :type");
		}
		// the sort is the controller's own (newest first), never a request parameter
		jpql.append(pageable.getSort()
			.stream()
			.map(order -> "c." + order.getProperty() + (order.isAscending() ? " asc" : " desc"))
			.collect(Collectors.joining(", ", " order by ", "")));
		TypedQuery<T> query = entityManager.createQuery(jpql.toString(), resultType);
		if (status != null) {
			query.setParameter("status", status);
		}
		if (type != null) {
			query.setParameter("type", type);
		}
		return query;
	}

	private static <T> TypedQuery<T> page(TypedQuery<T> query, Pageable pageable) {
		return query.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize());
	}

}
