package org.cardhub.ledger.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.ledger.entity.LedgerFixtures.account;
import static org.cardhub.ledger.entity.LedgerFixtures.entry;
import static org.cardhub.ledger.entity.LedgerFixtures.systemAccount;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class LedgerMovesPropertiesTest {

    private static final int ACCOUNTS = 4; // index 0 is the system account, 1..3 belong to clients

    record Move(int from, int to, long kopecks) {
    }

    @Property(tries = 500)
    void randomMovesKeepTheLedgerBalancedAndNoClientBelowItsCreditLine(
            @ForAll @Size(3) List<@IntRange(min = 0, max = 50_000) Integer> creditLimitsInRoubles,
            @ForAll @Size(max = 80) List<@From("moves") Move> moves) {
        List<Account> accounts = List.of(systemAccount(1, SystemAccount.CASH_IN), account(2, Currency.RUB),
                account(3, Currency.RUB), account(4, Currency.RUB));
        for (int i = 1; i < ACCOUNTS; i++) {
            accounts.get(i).setCreditLimit(Amount.ofMinorUnits(creditLimitsInRoubles.get(i - 1) * 100L, Currency.RUB));
        }
        Map<Long, Long> postedPerAccount = new HashMap<>();

        for (Move move : moves) {
            Account from = accounts.get(move.from());
            Account to = accounts.get(move.to());
            Amount amount = Amount.ofMinorUnits(move.kopecks(), Currency.RUB);
            if (from.canCover(amount)) {
                JournalEntry entry = entry(EntryKind.TRANSFER).move(from, to, amount);
                entry.requireBalanced();
                entry.postings().forEach(p -> postedPerAccount.merge(p.accountId(), p.amount().minorUnits(), Long::sum));
            } else {
                Amount before = from.balance();
                assertThatThrownBy(() -> entry(EntryKind.TRANSFER).move(from, to, amount))
                        .isInstanceOf(InsufficientFundsException.class);
                assertThat(from.balance()).isEqualTo(before);
            }
        }

        // The system account keeps no cached balance: its balance is what was posted to it.
        long total = postedPerAccount.getOrDefault(1L, 0L);
        for (Account client : accounts.subList(1, ACCOUNTS)) {
            total += client.balance().minorUnits();
            assertThat(client.balance().minorUnits()).isEqualTo(postedPerAccount.getOrDefault(client.id(), 0L));
            assertThat(client.balance().minorUnits()).isGreaterThanOrEqualTo(-client.creditLimit().minorUnits());
            assertThat(client.available().isNegative()).isFalse();
        }
        assertThat(total).isZero();
        assertThat(accounts.get(0).balance().isZero()).isTrue();
    }

    @Provide
    Arbitrary<Move> moves() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, ACCOUNTS - 1);
        // Mostly small amounts so that clients often can, and sometimes cannot, pay.
        Arbitrary<Long> kopecks = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().between(1, 100_000)),
                Tuple.of(1, Arbitraries.longs().between(1, 10_000_000)));
        return Combinators.combine(index, index, kopecks).as(Move::new).filter(move -> move.from() != move.to());
    }
}
