package org.cardhub.ledger.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Currency;
import org.cardhub.transactions.TransactionMemory;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts this transaction locked ahead, all at once in id order (a group of terminal events): every account of
 * some cards and every own account of some contracts. The rest of the transaction takes them from here rather than
 * reading or locking them again. Kept by the transaction ({@link TransactionMemory}), so nothing outlives it.
 */
@Dependent
public class HeldAccounts {

    private static final String KEY = HeldAccounts.class.getName();

    @Inject
    TransactionMemory memory;

    public void hold(Collection<Long> cardIds, Collection<Long> contractIds, Collection<Account> locked) {
        Held held = memory.keep(KEY, () -> new Held(new HashSet<>(), new HashSet<>(), new HashMap<>()));
        held.cards().addAll(cardIds);
        held.contracts().addAll(contractIds);
        locked.forEach(account -> held.accounts().put(account.id(), account));
    }

    /** The account, when this transaction holds it already. */
    public Optional<Account> account(long id) {
        return held().map(held -> held.accounts().get(id));
    }

    /**
     * What is known of a card's or contract's own purse without asking the database: empty when this transaction did
     * not lock all of that card's (or contract's) accounts ahead, else the purse if it has one.
     */
    public Optional<Optional<Account>> purse(long contractId, Long cardId, AccountPurpose purpose, Currency currency) {
        Optional<Held> known = held().filter(held -> cardId == null ? held.contracts().contains(contractId)
                : held.cards().contains(cardId));
        return known.map(held -> held.accounts().values().stream()
                .filter(account -> Objects.equals(account.contractId(), contractId) && Objects.equals(account.cardId(), cardId)
                        && account.purpose() == purpose && account.currency() == currency)
                .findFirst());
    }

    private Optional<Held> held() {
        return memory.kept(KEY);
    }

    private record Held(Set<Long> cards, Set<Long> contracts, Map<Long, Account> accounts) {
    }
}
