package org.cardhub.bonus.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.cardhub.bonus.entity.BonusRulesTest.points;
import static org.cardhub.bonus.entity.BonusRulesTest.rub;
import static org.cardhub.bonus.entity.PointsMovement.Kind.ACTIVATED;
import static org.cardhub.bonus.entity.PointsMovement.Kind.EARNED;
import static org.cardhub.bonus.entity.PointsMovement.Kind.EXPIRED;
import static org.cardhub.bonus.entity.PointsMovement.Kind.RETURNED;
import static org.cardhub.bonus.entity.PointsMovement.Kind.SPENT;
import static org.cardhub.bonus.entity.PointsMovement.Kind.TAKEN_BACK;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

class PointsBookTest {

    private final PointsBook book = new PointsBook(BonusRules.KARI);

    private static LocalDate mar(int day) {
        return LocalDate.of(2026, 3, day);
    }

    /** A purchase in the network of that much in shoes: it earns a tenth of it. */
    private Amount buyShoes(String purchaseId, LocalDate date, String roubles) {
        return book.earn(purchaseId, date, List.of(PurchaseLine.of("Обувь", roubles)), true);
    }

    @Test
    void earnedPointsArePendingForThreeDaysThenSpendable() {
        buyShoes("A", mar(1), "1000.00");

        assertThat(book.statement().pending()).isEqualTo(points("100.00"));
        assertThat(book.spend("B", mar(3), rub("1000.00"), points("50.00")).points()).isEqualTo(points("0.00"));

        book.passTime(mar(4));

        assertThat(book.statement().available()).isEqualTo(points("100.00"));
        assertThat(book.statement().pending()).isEqualTo(points("0.00"));
        assertThat(book.movements()).extracting(PointsMovement::kind, PointsMovement::date)
                .containsExactly(tuple(EARNED, mar(1)), tuple(ACTIVATED, mar(4)));
    }

    @Test
    void aPurchaseWhoseLinesAreAllExcludedEarnsNothingAndMovesNothing() {
        assertThat(book.earn("A", mar(1), List.of(PurchaseLine.of("Питание", "500.00")), true)).isEqualTo(points("0"));

        assertThat(book.movements()).isEmpty();
        assertThat(book.lots()).isEmpty();
    }

    @Test
    void pointsPayAtMostThirtyPercentOfAPurchaseAndAskingMoreIsRefused() {
        buyShoes("A", mar(1), "1000.00");
        book.passTime(mar(4));

        assertThatThrownBy(() -> book.spend("B", mar(5), rub("100.00"), points("30.01")))
                .hasFieldOrPropertyWithValue("code", BonusRefusal.Code.OVER_MAX_SHARE);
        assertThat(book.spend("B", mar(5), rub("100.00"), points("30.00")).points()).isEqualTo(points("30.00"));
    }

    @Test
    void aSpendPaysNoMoreThanIsAvailableAndTheRestIsPaidInMoney() {
        buyShoes("A", mar(1), "1000.00");
        book.passTime(mar(4));

        PointsPayment payment = book.spend("B", mar(5), rub("1000.00"), points("300.00"));

        assertThat(payment.points()).isEqualTo(points("100.00"));
        assertThat(book.statement().available()).isEqualTo(points("0.00"));
    }

    @Test
    void pointsAreSpentOldestFirstAcrossLots() {
        buyShoes("A", mar(1), "100.00");
        buyShoes("B", mar(2), "1000.00");

        PointsPayment payment = book.spend("C", mar(10), rub("1000.00"), points("50.00"));

        assertThat(payment.shares()).extracting(share -> share.lotId(), share -> share.points())
                .containsExactly(tuple(1L, points("10.00")), tuple(2L, points("40.00")));
    }

    @Test
    void pointsExpireThreeMonthsAfterTheDayTheyWereEarnedAndAreNotSpentThatDay() {
        buyShoes("A", mar(1), "1000.00");

        assertThat(book.passTime(LocalDate.of(2026, 5, 31))).isEmpty();
        assertThat(book.statement().available()).isEqualTo(points("100.00"));

        List<PointsLot> expired = book.passTime(LocalDate.of(2026, 6, 1));

        assertThat(expired).extracting(PointsLot::purchaseId).containsExactly("A");
        assertThat(book.spend("B", LocalDate.of(2026, 6, 1), rub("1000.00"), points("10.00")).points().isZero()).isTrue();
        assertThat(book.statement().expired()).isEqualTo(points("100.00"));
        assertThat(book.movements()).last().extracting(PointsMovement::kind, PointsMovement::date)
                .containsExactly(EXPIRED, LocalDate.of(2026, 6, 1));
    }

    @Test
    void theStatementShowsEarnedPendingSpentExpiredAndWhatExpiresWithinFourteenDays() {
        buyShoes("A", mar(1), "1000.00");
        book.spend("X", mar(10), rub("100.00"), points("30.00"));
        buyShoes("B", LocalDate.of(2026, 5, 20), "500.00");

        PointsStatement statement = book.statement();

        assertThat(statement.earned()).isEqualTo(points("150.00"));
        assertThat(statement.spent()).isEqualTo(points("30.00"));
        assertThat(statement.pending()).isEqualTo(points("50.00"));
        assertThat(statement.available()).isEqualTo(points("70.00"));
        assertThat(statement.expiringSoon()).as("A's lot expires on 1 June, 12 days later").isEqualTo(points("70.00"));
        assertThat(statement.expired()).isEqualTo(points("0.00"));
    }

    @Test
    void returningAPurchaseTakesBackItsUnspentPoints() {
        buyShoes("A", mar(1), "1000.00");

        PurchaseReturn returned = book.returnPurchase("A", mar(2));

        assertThat(returned.takenBack()).isEqualTo(points("100.00"));
        assertThat(returned.shortfall().isZero()).isTrue();
        assertThat(book.statement().pending().isZero()).isTrue();
        assertThat(book.movements()).last().extracting(PointsMovement::kind, PointsMovement::from)
                .containsExactly(TAKEN_BACK, PointsAccount.HOLDER_PENDING);
    }

    @Test
    void returningAPurchaseWhosePointsWereSpentTakesTheRestFromOtherPointsOldestFirst() {
        buyShoes("A", mar(1), "1000.00");
        buyShoes("B", mar(2), "500.00");
        book.spend("X", mar(5), rub("300.00"), points("90.00"));
        // A's lot has 10 left, B's 50: A owes 90 more, 50 of which B's lot covers.

        PurchaseReturn returned = book.returnPurchase("A", mar(6));

        assertThat(returned.takenBack()).isEqualTo(points("60.00"));
        assertThat(returned.shortfall()).as("never a negative balance: what is not covered is reported")
                .isEqualTo(points("40.00"));
        assertThat(book.statement().available().isZero()).isTrue();
    }

    @Test
    void pointsThatExpiredUnusedAreNotTakenBackFromOtherPoints() {
        buyShoes("A", mar(1), "1000.00");
        buyShoes("B", LocalDate.of(2026, 5, 1), "500.00");
        book.passTime(LocalDate.of(2026, 6, 1));

        PurchaseReturn returned = book.returnPurchase("A", LocalDate.of(2026, 6, 2));

        assertThat(returned.takenBack().isZero()).isTrue();
        assertThat(book.statement().available()).isEqualTo(points("50.00"));
    }

    @Test
    void returningAPurchasePaidWithPointsGivesThemBackToTheirLotsWithTheirOwnExpiry() {
        buyShoes("A", mar(1), "1000.00");
        book.spend("X", mar(5), rub("300.00"), points("90.00"));

        PurchaseReturn returned = book.returnPurchase("X", mar(20));

        assertThat(returned.givenBack()).isEqualTo(points("90.00"));
        assertThat(book.statement().available()).isEqualTo(points("100.00"));
        assertThat(book.passTime(LocalDate.of(2026, 6, 1))).extracting(PointsLot::purchaseId).containsExactly("A");
        assertThat(book.statement().expired()).isEqualTo(points("100.00"));
    }

    @Test
    void pointsGivenBackToALotThatHasExpiredExpireAtOnce() {
        buyShoes("A", mar(1), "1000.00");
        book.spend("X", mar(5), rub("300.00"), points("90.00"));

        book.returnPurchase("X", LocalDate.of(2026, 6, 10));

        assertThat(book.statement().available().isZero()).isTrue();
        assertThat(book.movements()).extracting(PointsMovement::kind, PointsMovement::points).endsWith(
                tuple(RETURNED, points("90.00")), tuple(EXPIRED, points("90.00")));
    }

    @Test
    void pointsGivenBackToTheLotOfAReturnedPurchaseAreTakenBackAtOnce() {
        buyShoes("A", mar(1), "1000.00");
        book.spend("X", mar(5), rub("300.00"), points("90.00"));
        book.returnPurchase("A", mar(6));

        book.returnPurchase("X", mar(7));

        assertThat(book.statement().available().isZero()).isTrue();
        assertThat(book.movements()).extracting(PointsMovement::kind).endsWith(RETURNED, TAKEN_BACK);
    }

    @Test
    void everyMovementIsBalancedAndTheHolderAccountsMatchTheStatement() {
        buyShoes("A", mar(1), "1000.00");
        buyShoes("B", mar(2), "500.00");
        book.spend("X", mar(5), rub("300.00"), points("90.00"));
        book.returnPurchase("A", mar(6));

        PointsLedgerView ledger = book.ledgerView();

        assertThat(ledger.sumPerCurrency()).isEqualTo(Map.of(Currency.POINTS, points("0.00")));
        assertThat(ledger.balance(PointsAccount.HOLDER_AVAILABLE)).isEqualTo(book.statement().available());
        assertThat(ledger.balance(PointsAccount.HOLDER_PENDING)).isEqualTo(book.statement().pending());
        assertThat(book.movements()).extracting(PointsMovement::kind).contains(EARNED, ACTIVATED, SPENT, TAKEN_BACK);
    }

    @Test
    void returningAnUnknownPurchaseIsRefused() {
        assertThatThrownBy(() -> book.returnPurchase("nope", mar(1)))
                .hasFieldOrPropertyWithValue("code", BonusRefusal.Code.PURCHASE_UNKNOWN);
    }

    @Test
    void aReturnedPurchaseIsNeitherReturnedAgainNorPaidNorEarningAndNothingChanges() {
        buyShoes("A", mar(1), "1000.00");
        book.returnPurchase("A", mar(2));
        List<PointsMovement> before = book.movements();

        assertThatThrownBy(() -> book.returnPurchase("A", mar(3)))
                .hasFieldOrPropertyWithValue("code", BonusRefusal.Code.ALREADY_RETURNED);
        assertThatThrownBy(() -> book.spend("A", mar(3), rub("10.00"), points("1.00")))
                .hasFieldOrPropertyWithValue("code", BonusRefusal.Code.ALREADY_RETURNED);
        assertThatThrownBy(() -> buyShoes("A", mar(3), "10.00"))
                .hasFieldOrPropertyWithValue("code", BonusRefusal.Code.ALREADY_RETURNED);
        assertThat(book.movements()).isEqualTo(before);
    }

    @Test
    void aPurchaseEarnsOnceAndIsPaidWithPointsOnce() {
        buyShoes("A", mar(1), "1000.00");
        book.spend("X", mar(5), rub("100.00"), points("10.00"));

        assertThatThrownBy(() -> buyShoes("A", mar(6), "10.00"))
                .hasFieldOrPropertyWithValue("code", BonusRefusal.Code.ALREADY_EARNED);
        assertThatThrownBy(() -> book.spend("X", mar(6), rub("100.00"), points("10.00")))
                .hasFieldOrPropertyWithValue("code", BonusRefusal.Code.ALREADY_PAID);
    }

    @Test
    void anOperationDatedBeforeTheLastIsRefusedAndTimeDoesNotMove() {
        buyShoes("A", mar(10), "1000.00");

        assertThatThrownBy(() -> buyShoes("B", mar(9), "10.00"))
                .hasFieldOrPropertyWithValue("code", BonusRefusal.Code.DATE_IN_PAST);
        assertThatThrownBy(() -> book.passTime(mar(9)))
                .hasFieldOrPropertyWithValue("code", BonusRefusal.Code.DATE_IN_PAST);
        assertThat(book.statement().asOf()).isEqualTo(mar(10));
    }

    @Test
    void pointsNotPositiveOrNotPointsAreRefusedAndNothingMoves() {
        buyShoes("A", mar(1), "1000.00");

        assertThatThrownBy(() -> book.spend("X", mar(20), rub("100.00"), points("-5.00")))
                .hasFieldOrPropertyWithValue("code", BonusRefusal.Code.POINTS_INVALID);
        assertThatThrownBy(() -> book.spend("X", mar(20), rub("100.00"), rub("5.00")))
                .hasFieldOrPropertyWithValue("code", BonusRefusal.Code.POINTS_INVALID);
        assertThatThrownBy(() -> book.spend("X", mar(20), rub("-100.00"), points("5.00")))
                .hasFieldOrPropertyWithValue("code", BonusRefusal.Code.PURCHASE_INVALID);
        assertThat(book.statement().asOf()).as("a refused operation lets no time pass").isEqualTo(mar(1));
        assertThat(book.movements()).hasSize(1);
    }
}
