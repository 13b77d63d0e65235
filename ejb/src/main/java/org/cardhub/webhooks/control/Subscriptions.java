package org.cardhub.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.webhooks.entity.EndpointsChanged;
import org.cardhub.webhooks.entity.Subscription;
import org.cardhub.webhooks.entity.WebhookEndpoint;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The live endpoints with their partners' programmes, read once and kept for a short while: the outbox asks on every
 * booking and card change, and with no endpoint at all it must cost no statement. A change made here is seen at once
 * (after its commit); one made by another instance or a programme changed in SQL within {@link #FRESH_FOR}.
 */
@ApplicationScoped
public class Subscriptions {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    @PersistenceContext
    EntityManager em;

    private record Snapshot(List<Subscription> subscriptions, Instant readAt) {
    }

    private volatile Snapshot snapshot;

    public List<Subscription> current() {
        Snapshot read = snapshot;
        if (read == null || read.readAt().plus(FRESH_FOR).isBefore(Instant.now())) {
            read = new Snapshot(read(), Instant.now());
            snapshot = read;
        }
        return read.subscriptions();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) EndpointsChanged change) {
        snapshot = null;
    }

    /** Read inside the caller's transaction without flushing what it has pending (a booking is half done). */
    private List<Subscription> read() {
        List<WebhookEndpoint> endpoints = em.createQuery("SELECT e FROM WebhookEndpoint e WHERE e.removedAt IS NULL",
                WebhookEndpoint.class).setFlushMode(FlushModeType.COMMIT).getResultList();
        if (endpoints.isEmpty()) {
            return List.of();
        }
        Map<String, Set<ContractKind>> programs = new HashMap<>();
        Map<String, Set<Long>> contracts = new HashMap<>();
        List<Object[]> rows = em.createQuery("SELECT p.clientId, p.contractKind, p.contractId FROM PartnerProgram p "
                        + "WHERE p.clientId IN :clients", Object[].class)
                .setParameter("clients", endpoints.stream().map(WebhookEndpoint::clientId).distinct().toList())
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        for (Object[] row : rows) {
            String client = (String) row[0];
            if (row[1] != null) {
                programs.computeIfAbsent(client, c -> new HashSet<>()).add((ContractKind) row[1]);
            }
            if (row[2] != null) {
                contracts.computeIfAbsent(client, c -> new HashSet<>()).add((Long) row[2]);
            }
        }
        return endpoints.stream().map(endpoint -> new Subscription(endpoint.id(), endpoint.clientId(), endpoint.eventTypes(),
                programs.getOrDefault(endpoint.clientId(), Set.of()), contracts.getOrDefault(endpoint.clientId(), Set.of())))
                .toList();
    }
}
