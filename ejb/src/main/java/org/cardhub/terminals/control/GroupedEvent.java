package org.cardhub.terminals.control;

import org.cardhub.cards.entity.CardRef;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.terminals.entity.Reply;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A checked event's work, and what its group reads ahead for it in one go with the others': the idempotency records of
 * its keys (its own, and the authorisation's or original's it names) and the card it spends from.
 */
public record GroupedEvent(List<OperationKey> keys, Optional<CardRef> spendingCard, Supplier<Reply> work)
        implements Supplier<Reply> {

    @Override
    public Reply get() {
        return work.get();
    }
}
