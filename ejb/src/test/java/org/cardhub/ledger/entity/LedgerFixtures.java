package org.cardhub.ledger.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.lang.reflect.Field;
import java.time.Instant;

/** Builds ledger entities as the database would have them: with ids, and system accounts with their code. */
final class LedgerFixtures {

    static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    private LedgerFixtures() {
    }

    static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    static Amount litres(String value) {
        return Amount.parse(value, Currency.LITRE);
    }

    static Account account(long id, Currency currency) {
        return withId(Account.ofContract(100, AccountPurpose.MAIN, currency), id);
    }

    static Account accountWithCredit(long id, Amount creditLimit) {
        Account account = account(id, creditLimit.currency());
        account.setCreditLimit(creditLimit);
        return account;
    }

    static Account systemAccount(long id, SystemAccount code) {
        Account account = withId(Account.ofContract(0, AccountPurpose.SYSTEM, code.currency()), id);
        set(account, "systemCode", code.name());
        return account;
    }

    static JournalEntry entry(EntryKind kind) {
        return new JournalEntry(kind, NOW, OperationFacts.none(), "test", "tester");
    }

    static <T> T withId(T entity, long id) {
        set(entity, "id", id);
        return entity;
    }

    private static void set(Object target, String field, Object value) {
        try {
            Field declared = target.getClass().getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot set " + field + " on " + target.getClass().getSimpleName(), e);
        }
    }
}
