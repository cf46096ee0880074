package io.onboarding.orchestrator.client;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

/** Reads one page of clients without counting the whole match, for lists whose total is known. */
@Component
class ClientPages {

    private final EntityManager entityManager;

    ClientPages(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<Client> read(Specification<Client> specification, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Client> query = cb.createQuery(Client.class);
        Root<Client> root = query.from(Client.class);
        query.where(specification.toPredicate(root, query, cb));
        query.orderBy(QueryUtils.toOrders(pageable.getSort(), root, cb));
        return entityManager.createQuery(query)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
    }
}
