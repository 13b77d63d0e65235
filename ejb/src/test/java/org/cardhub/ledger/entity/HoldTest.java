package org.cardhub.ledger.entity;

import org.cardhub.money.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.ledger.entity.LedgerFixtures.NOW;
import static org.cardhub.ledger.entity.LedgerFixtures.account;
import static org.cardhub.ledger.entity.LedgerFixtures.entry;
import static org.cardhub.ledger.entity.LedgerFixtures.rub;
import static org.cardhub.ledger.entity.LedgerFixtures.withId;

import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HoldTest {

    private static final long CARD = 501;
    private static final OperationFacts DIESEL = new OperationFacts(CARD, 100L, "DT", "FUEL", "AZS-7", "RU-25",
            250_000, 40_000);

    private final Account account = account(10, Currency.RUB);

    @BeforeEach
    void fundTheAccount() {
        account.apply(rub("1000.00"));
    }

    private Hold holdOf(String amount) {
        return withId(new Hold(account, CARD, rub(amount), DIESEL, NOW, NOW.plus(Duration.ofMinutes(30))), 900);
    }

    @Test
    void aHoldLowersWhatIsAvailable() {
        Hold hold = holdOf("250.00");

        assertThat(hold.isOpen()).isTrue();
        assertThat(hold.status()).isEqualTo(HoldStatus.OPEN);
        assertThat(account.available()).isEqualTo(rub("750.00"));
        assertThat(account.balance()).isEqualTo(rub("1000.00"));
    }

    @Test
    void aHoldKeepsTheFactsOfTheOperation() {
        Hold hold = holdOf("250.00");

        assertThat(hold.accountId()).isEqualTo(10);
        assertThat(hold.cardId()).isEqualTo(CARD);
        assertThat(hold.amountMinor()).isEqualTo(25_000);
        assertThat(hold.volumeMilli()).isEqualTo(40_000);
        assertThat(hold.productCode()).isEqualTo("DT");
        assertThat(hold.category()).isEqualTo("FUEL");
        assertThat(hold.station()).isEqualTo("AZS-7");
        assertThat(hold.region()).isEqualTo("RU-25");
        assertThat(hold.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    void aHoldBeyondWhatIsAvailableIsRefused() {
        assertThatThrownBy(() -> holdOf("1000.01")).isInstanceOf(InsufficientFundsException.class);
        assertThat(account.available()).isEqualTo(rub("1000.00"));
    }

    static Stream<Arguments> ends() {
        return Stream.of(
                Arguments.of("complete", (BiConsumer<Hold, Account>) (hold, account) -> hold.complete(account, null), HoldStatus.COMPLETED),
                Arguments.of("release", (BiConsumer<Hold, Account>) Hold::release, HoldStatus.RELEASED),
                Arguments.of("expire", (BiConsumer<Hold, Account>) Hold::expire, HoldStatus.EXPIRED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ends")
    void endingAHoldFreesItsWholeAmount(String name, BiConsumer<Hold, Account> end, HoldStatus status) {
        Hold hold = holdOf("250.00");

        end.accept(hold, account);

        assertThat(hold.status()).isEqualTo(status);
        assertThat(hold.isOpen()).isFalse();
        assertThat(account.held().isZero()).isTrue();
        assertThat(account.available()).isEqualTo(rub("1000.00"));
    }

    static Stream<Arguments> pairsOfEnds() {
        return ends().flatMap(first -> ends().map(second -> Arguments.of(
                first.get()[0] + " then " + second.get()[0], first.get()[1], second.get()[1])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairsOfEnds")
    void aHoldEndsOnlyOnce(String name, BiConsumer<Hold, Account> first, BiConsumer<Hold, Account> second) {
        Hold hold = holdOf("250.00");
        Hold other = holdOf("100.00");
        first.accept(hold, account);
        HoldStatus ended = hold.status();

        assertThatThrownBy(() -> second.accept(hold, account)).isInstanceOf(IllegalStateException.class);
        assertThat(hold.status()).isEqualTo(ended);
        assertThat(account.held()).isEqualTo(rub("100.00"));
        assertThat(other.isOpen()).isTrue();
    }

    @Test
    void aHoldIsEndedOnlyOnItsOwnAccount() {
        Hold hold = holdOf("250.00");
        Account stranger = account(11, Currency.RUB);

        assertThatThrownBy(() -> hold.release(stranger)).isInstanceOf(IllegalArgumentException.class);
        assertThat(hold.isOpen()).isTrue();
        assertThat(account.held()).isEqualTo(rub("250.00"));
    }

    @Test
    void aHoldCoversAFinalAmountUpToItsOwn() {
        Hold hold = holdOf("250.00");

        assertThat(hold.covers(rub("249.99"))).isTrue();
        assertThat(hold.covers(rub("250.00"))).isTrue();
        assertThat(hold.covers(rub("250.01"))).isFalse();
    }

    @Test
    void aCompletedHoldPointsToItsCompletionEntry() {
        Hold hold = holdOf("250.00");
        hold.complete(account, withId(entry(EntryKind.COMPLETION), 4242));

        assertThat(hold.completionEntryId()).isEqualTo(4242L);
    }
}
