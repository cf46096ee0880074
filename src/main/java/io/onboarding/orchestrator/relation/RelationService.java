package io.onboarding.orchestrator.relation;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the related parties of corporate clients. */
@Service
public class RelationService {

    private final Relations relations;
    private final Clock clock;

    RelationService(Relations relations, Clock clock) {
        this.relations = relations;
        this.clock = clock;
    }

    /** Whether screening found something on a related party of the client. */
    @Transactional(readOnly = true)
    public boolean hasScreeningHits(UUID clientId) {
        return relations.anyScreeningHits(clientId);
    }

    /** Adds validated relations to a client; returns their ids in the order given. */
    @Transactional
    public List<UUID> add(UUID clientId, List<RelationInput> inputs) {
        return inputs.stream()
                .map(input -> relations.save(new Relation(UUID.randomUUID(), clientId, input, clock.instant())).id())
                .toList();
    }
}
