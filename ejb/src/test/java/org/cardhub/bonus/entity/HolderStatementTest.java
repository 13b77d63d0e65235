package org.cardhub.bonus.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

class HolderStatementTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void pendingPointsShowTheFirstDayTheyBecomeSpendable() {
        PointsBook book = new PointsBook(BonusRules.KARI);
        book.earn("C-1", DAY, List.of(PurchaseLine.of("Обувь", "1000.00")), true);
        book.earn("C-2", DAY.plusDays(1), List.of(PurchaseLine.of("Обувь", "500.00")), true);

        HolderStatement statement = HolderStatement.of("W-1", book, List.of(), 2);

        assertThat(statement.pending()).isEqualTo(points("150.00"));
        assertThat(statement.pendingUntil()).isEqualTo(DAY.plusDays(3));
        assertThat(statement.available()).isEqualTo(points("0"));
        assertThat(statement.expiringOn()).isNull();
        assertThat(statement.isEmpty()).isFalse();
    }

    @Test
    void pointsWithinTheWarningDaysOfTheirExpiryShowTheirDay() {
        PointsBook book = new PointsBook(BonusRules.KARI);
        book.earn("C-1", DAY, List.of(PurchaseLine.of("Обувь", "1000.00")), true);
        book.earn("E-7", DAY.plusDays(20), List.of(PurchaseLine.of("Покупка вне сети", "1000.00")), false);
        book.passTime(DAY.plusMonths(3).minusDays(10));

        HolderStatement statement = HolderStatement.of("W-1", book, List.of(), 4);

        assertThat(statement.available()).isEqualTo(points("131.00"));
        assertThat(statement.expiringSoon()).isEqualTo(points("100.00"));
        assertThat(statement.expiringOn()).isEqualTo(DAY.plusMonths(3));
        assertThat(statement.pendingUntil()).isNull();
    }

    @Test
    void anEmptyStatementHasNothingAndSaysSo() {
        HolderStatement statement = HolderStatement.empty("W-1", DAY, List.of());
        assertThat(statement.isEmpty()).isTrue();
        assertThat(statement.available().isZero()).isTrue();
    }

    @Test
    void movementLinesTellInNetworkChecksFromPurchasesElsewhereAndSignWhatTheyDid() {
        PointsMovement earned = new PointsMovement(PointsMovement.Kind.EARNED, 1, "C-P-1", DAY, points("10"),
                PointsAccount.PROGRAMME, PointsAccount.HOLDER_PENDING);
        PointsMovement spent = new PointsMovement(PointsMovement.Kind.SPENT, 1, "E-42", DAY, points("3"),
                PointsAccount.HOLDER_AVAILABLE, PointsAccount.PROGRAMME);

        MovementLine in = MovementLine.of(1, earned);
        MovementLine elsewhere = MovementLine.of(2, spent);

        assertThat(in.source()).isEqualTo(MovementLine.Source.IN_NETWORK);
        assertThat(in.purchase()).isEqualTo("P-1");
        assertThat(in.signedPoints()).isEqualTo(points("10"));
        assertThat(elsewhere.source()).isEqualTo(MovementLine.Source.ELSEWHERE);
        assertThat(elsewhere.purchase()).isEqualTo("42");
        assertThat(elsewhere.signedPoints()).isEqualTo(points("-3"));
    }

    private static Amount points(String value) {
        return Amount.parse(value, Currency.POINTS);
    }
}
