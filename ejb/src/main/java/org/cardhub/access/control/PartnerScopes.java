package org.cardhub.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractKind;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The programs each partner system is contracted for, read once and kept for a short while: every
 * top-up a partner makes is checked against them, and they change only when a contract with the
 * partner does. A change takes effect within {@link #FRESH_FOR}.
 */
@ApplicationScoped
public class PartnerScopes {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    @PersistenceContext
    EntityManager em;

    private final Map<String, Scope> scopes = new ConcurrentHashMap<>();

    record Scope(Set<ContractKind> programs, Set<Long> contracts, Instant readAt) {

        boolean covers(Contract contract) {
            return programs.contains(contract.kind()) || contracts.contains(contract.id());
        }
    }

    public boolean covers(String clientId, Contract contract) {
        Scope scope = scopes.get(clientId);
        if (scope == null || scope.readAt().plus(FRESH_FOR).isBefore(Instant.now())) {
            scope = read(clientId);
            scopes.put(clientId, scope);
        }
        return scope.covers(contract);
    }

    private Scope read(String clientId) {
        List<Object[]> rows = em.createQuery("SELECT p.contractKind, p.contractId FROM PartnerProgram p WHERE p.clientId = :client",
                Object[].class).setParameter("client", clientId).getResultList();
        Set<ContractKind> programs = rows.stream().filter(row -> row[0] != null).map(row -> (ContractKind) row[0])
                .collect(Collectors.toUnmodifiableSet());
        Set<Long> contracts = rows.stream().filter(row -> row[1] != null).map(row -> (Long) row[1])
                .collect(Collectors.toUnmodifiableSet());
        return new Scope(programs, contracts, Instant.now());
    }
}
