package org.cardhub.bonus.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

class TillCheckTest {

    private static final BonusCardBarcode CARD = BonusCardBarcode.parse("2990000000019");
    private static final Instant AT = Instant.parse("2026-12-07T09:00:00Z");
    private static final List<PurchaseLine> LINES = List.of(PurchaseLine.of("Обувь", "1000.00"),
            PurchaseLine.of("Гигиена", "90.50"));

    @Test
    void itsTotalCountsEveryLineAndNoPointsWantedIsZero() {
        TillCheck check = new TillCheck("P-1", CARD, AT, LINES, null);

        assertThat(check.total()).isEqualTo(Amount.parse("1090.50", Currency.RUB));
        assertThat(check.wantsPoints()).isFalse();
        assertThat(check.bookPurchaseId()).isEqualTo("C-P-1");
    }

    @Test
    void theSameCheckHasTheSameFingerprintAnyOtherAnother() {
        String fingerprint = check("P-1", LINES, "0").fingerprint();

        assertThat(check("P-1", List.copyOf(LINES), "0").fingerprint()).isEqualTo(fingerprint).hasSize(64);
        assertThat(check("P-1", LINES.subList(0, 1), "0").fingerprint()).isNotEqualTo(fingerprint);
        assertThat(check("P-1", LINES, "0.01").fingerprint()).isNotEqualTo(fingerprint);
        assertThat(new TillCheck("P-1", CARD, AT.plusMillis(1), LINES, null).fingerprint()).isNotEqualTo(fingerprint);
        assertThat(new TillCheck("P-1", BonusCardBarcode.parse("2990000000026"), AT, LINES, null).fingerprint())
                .isNotEqualTo(fingerprint);
    }

    @Test
    void aCheckWithoutIdLinesTimeOrWithNegativePointsIsMalformed() {
        assertInvalid(() -> check("", LINES, "0"));
        assertInvalid(() -> check("-starts-with-a-dash", LINES, "0"));
        assertInvalid(() -> check("x".repeat(61), LINES, "0"));
        assertInvalid(() -> check("P 1", LINES, "0"));
        assertInvalid(() -> check("shop/till", LINES, "0"));
        assertInvalid(() -> check("P-1", List.of(), "0"));
        assertInvalid(() -> new TillCheck("P-1", CARD, null, LINES, null));
        assertInvalid(() -> new TillCheck("P-1", null, AT, LINES, null));
        assertInvalid(() -> new TillCheck("P-1", CARD, AT, LINES, Amount.parse("-1", Currency.POINTS)));
        assertInvalid(() -> new TillCheck("P-1", CARD, AT, LINES, Amount.parse("1", Currency.RUB)));
        assertThat(check("x".repeat(60), LINES, "0").purchaseId()).hasSize(60);
        assertThat(check("2026-12-07.till:3_check-42", LINES, "0").purchaseId()).isNotBlank();
    }

    private static TillCheck check(String id, List<PurchaseLine> lines, String points) {
        return new TillCheck(id, CARD, AT, lines, Amount.parse(points, Currency.POINTS));
    }

    private static void assertInvalid(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BonusRefusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo(BonusRefusal.Code.CHECK_INVALID));
    }
}
