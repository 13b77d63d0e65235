package org.cardhub.webhooks.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardReissued;
import org.cardhub.cards.entity.CardStatusChanged;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.entity.EntryBooked;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.webhooks.control.EventPayloads;
import org.cardhub.webhooks.control.Subscriptions;
import org.cardhub.webhooks.entity.Subscription;
import org.cardhub.webhooks.entity.WebhookDelivery;
import org.cardhub.webhooks.entity.WebhookEventType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The partners' outbox, written in the transaction of the event it tells of (observed synchronously, so a rolled-back
 * block or booking leaves no delivery behind): one row per endpoint that chose the event and whose partner serves the
 * card's or entry's contract. With no endpoint registered it costs no statement.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class WebhookOutbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Subscriptions subscriptions;

    public void cardStatusChanged(@Observes CardStatusChanged change) {
        Card card = change.card();
        WebhookEventType.ofStatusChange(change.previous(), card.status()).ifPresent(type -> write(type, card.contractId(),
                Instant.now(), contract -> EventPayloads.cardStatus(card, contract, change.previous())));
    }

    public void cardReissued(@Observes CardReissued reissued) {
        write(WebhookEventType.CARD_REISSUED, reissued.from().contractId(), Instant.now(),
                contract -> EventPayloads.reissued(reissued.from(), reissued.to(), contract));
    }

    public void entryBooked(@Observes EntryBooked booked) {
        JournalEntry entry = booked.entry();
        if (entry.contractId() == null) {
            return;
        }
        WebhookEventType.ofEntry(entry.kind()).ifPresent(type -> write(type, entry.contractId(), entry.occurredAt(),
                contract -> EventPayloads.entry(entry, contract)));
    }

    private void write(WebhookEventType type, long contractId, Instant occurredAt, Function<Contract, JsonObject> data) {
        List<Subscription> live = subscriptions.current();
        if (live.isEmpty()) {
            return;
        }
        Contract contract = em.find(Contract.class, contractId);
        List<Subscription> matching = live.stream()
                .filter(subscription -> subscription.matches(type, contractId, contract.kind())).toList();
        if (matching.isEmpty()) {
            return;
        }
        String eventId = UUID.randomUUID().toString();
        String body = EventPayloads.body(eventId, type, occurredAt, data.apply(contract));
        for (Subscription subscription : matching) {
            em.persist(new WebhookDelivery(subscription.endpointId(), eventId, type, Instant.now(), body));
        }
    }
}
