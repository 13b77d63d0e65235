package org.cardhub.webhooks.entity;

import org.cardhub.contracts.entity.ContractKind;

import java.util.Set;

/**
 * An endpoint as the outbox matches events against it: which events it chose, and what its partner is contracted for
 * (every contract of a program, or single contracts), so a partner hears only of its own programmes' cards and
 * contracts.
 */
public record Subscription(long endpointId, String clientId, Set<WebhookEventType> events, Set<ContractKind> programs,
                           Set<Long> contracts) {

    public Subscription {
        events = Set.copyOf(events);
        programs = Set.copyOf(programs);
        contracts = Set.copyOf(contracts);
    }

    public boolean matches(WebhookEventType type, long contractId, ContractKind kind) {
        return events.contains(type) && (programs.contains(kind) || contracts.contains(contractId));
    }
}
