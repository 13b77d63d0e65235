package org.cardhub.payments.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.payments.entity.Distribution.Direction;
import org.cardhub.payments.entity.Distribution.Leg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

class DistributionTest {

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    @Test
    void theSameAmountForEachCardAddsUpToItsTotal() {
        Distribution move = Distribution.ofEach(7, Direction.TO_CARDS, rub("100.00"), List.of(11L, 12L, 13L), "  на неделю ");

        assertThat(move.legs()).extracting(Leg::cardId).containsExactly(11L, 12L, 13L);
        assertThat(move.total()).isEqualTo(rub("300.00"));
        assertThat(move.currency()).isEqualTo(Currency.RUB);
        assertThat(move.reason()).isEqualTo("на неделю");
    }

    @Test
    void eachCardMayHaveItsOwnAmountInLitres() {
        Distribution move = new Distribution(7, Direction.FROM_CARDS, Currency.LITRE, List.of(
                new Leg(11, Amount.parse("12.5", Currency.LITRE)), new Leg(12, Amount.parse("0.001", Currency.LITRE))),
                "конец месяца");

        assertThat(move.total()).isEqualTo(Amount.parse("12.501", Currency.LITRE));
    }

    @Test
    void theFingerprintIsTheSameWhateverTheOrderOfTheCardsAndChangesWithAnyPartOfTheRequest() {
        Distribution move = new Distribution(7, Direction.TO_CARDS, Currency.RUB,
                List.of(new Leg(11, rub("1.00")), new Leg(12, rub("2.00"))), "r");
        Distribution reordered = new Distribution(7, Direction.TO_CARDS, Currency.RUB,
                List.of(new Leg(12, rub("2.00")), new Leg(11, rub("1.00"))), "r");

        assertThat(reordered.fingerprint()).isEqualTo(move.fingerprint());
        assertThat(List.of(
                new Distribution(8, Direction.TO_CARDS, Currency.RUB, move.legs(), "r"),
                new Distribution(7, Direction.FROM_CARDS, Currency.RUB, move.legs(), "r"),
                new Distribution(7, Direction.TO_CARDS, Currency.RUB, List.of(new Leg(11, rub("1.00")), new Leg(12, rub("2.01"))), "r"),
                new Distribution(7, Direction.TO_CARDS, Currency.RUB, move.legs(), "другая причина")))
                .allSatisfy(other -> assertThat(other.fingerprint()).isNotEqualTo(move.fingerprint()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aMoveNeedsAReason(String reason) {
        assertRefused(() -> Distribution.ofEach(7, Direction.TO_CARDS, rub("1.00"), List.of(1L), reason),
                InvalidOperationException.Code.REASON_REQUIRED);
    }

    @Test
    void aReasonHasAtMostTwoHundredCharacters() {
        Distribution.ofEach(7, Direction.TO_CARDS, rub("1.00"), List.of(1L), "я".repeat(200));

        assertRefused(() -> Distribution.ofEach(7, Direction.TO_CARDS, rub("1.00"), List.of(1L), "я".repeat(201)),
                InvalidOperationException.Code.REASON_TOO_LONG);
    }

    @Test
    void aMoveNamesAtLeastOneAndAtMostFiveHundredCardsEachOnce() {
        assertRefused(() -> Distribution.ofEach(7, Direction.TO_CARDS, rub("1.00"), List.of(), "r"),
                InvalidOperationException.Code.CARDS_REQUIRED);
        assertRefused(() -> Distribution.ofEach(7, Direction.TO_CARDS, rub("1.00"),
                LongStream.rangeClosed(1, 501).boxed().toList(), "r"), InvalidOperationException.Code.TOO_MANY_CARDS);
        assertRefused(() -> Distribution.ofEach(7, Direction.TO_CARDS, rub("1.00"), List.of(1L, 2L, 1L), "r"),
                InvalidOperationException.Code.CARD_TWICE);
    }

    @Test
    void everyAmountIsPositiveAndInTheMovesUnit() {
        assertRefused(() -> Distribution.ofEach(7, Direction.TO_CARDS, rub("0"), List.of(1L), "r"),
                InvalidAmountException.Code.AMOUNT_NOT_POSITIVE);
        assertRefused(() -> Distribution.ofEach(7, Direction.TO_CARDS, rub("-5.00"), List.of(1L), "r"),
                InvalidAmountException.Code.AMOUNT_NOT_POSITIVE);
        assertRefused(() -> new Distribution(7, Direction.TO_CARDS, Currency.LITRE, List.of(new Leg(1, rub("5.00"))), "r"),
                InvalidAmountException.Code.CURRENCY_MISMATCH);
        assertRefused(() -> Distribution.ofEach(7, Direction.TO_CARDS, Amount.parse("5", Currency.POINTS), List.of(1L), "r"),
                InvalidAmountException.Code.CURRENCY_MISMATCH);
    }
}
