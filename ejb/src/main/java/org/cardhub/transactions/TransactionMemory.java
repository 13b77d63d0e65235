package org.cardhub.transactions;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a transaction keeps for its own later use — what a group of terminal events read or locked ahead — in the
 * transaction's synchronisation registry, so it lives exactly as long as the transaction and no other sees it.
 */
@Dependent
public class TransactionMemory {

    @Resource
    TransactionSynchronizationRegistry registry;

    /** What this transaction keeps under the key; empty outside a transaction, or when it keeps nothing there. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> kept(String key) {
        if (registry.getTransactionKey() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((T) registry.getResource(key));
    }

    /** What this transaction keeps under the key, made the first time; only inside a transaction. */
    public <T> T keep(String key, Supplier<T> made) {
        if (registry.getTransactionKey() == null) {
            throw new IllegalStateException("Nothing is kept outside a transaction");
        }
        Optional<T> kept = kept(key);
        if (kept.isPresent()) {
            return kept.get();
        }
        T value = made.get();
        registry.putResource(key, value);
        return value;
    }
}
