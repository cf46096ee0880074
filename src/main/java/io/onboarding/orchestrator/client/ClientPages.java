package io.onboarding.orchestrator.client;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Reads one page of clients filtered by status and type without counting the whole match, for lists
 * whose total is known (see ClientCounts). The query is JPQL text rather than a criteria query:
 * Hibernate keeps the translation of a text in its plan cache, where it translated a criteria query
 * again at every request.
 */
@Component
class ClientPages {

    private final EntityManager entityManager;

    ClientPages(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<Client> read(ClientStatus status, String type, Pageable pageable) {
        StringBuilder jpql = new StringBuilder("select c from Client c where 1 = 1");
        if (status != null) {
            jpql.append(" and c.status = :status");
        }
        if (type != null) {
            jpql.append(" and c.type = :type");
        }
        // the sort is the controller's own (newest first), never a request parameter
        jpql.append(pageable.getSort().stream()
                .map(order -> "c." + order.getProperty() + (order.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", ", " order by ", "")));
        TypedQuery<Client> query = entityManager.createQuery(jpql.toString(), Client.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (type != null) {
            query.setParameter("type", type);
        }
        return query.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize())
                .getResultList();
    }
}
