package org.cardhub.wallets.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AutoPaymentTest {

    /** A Monday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Receiver SCHOOL_CARD = new Receiver(Receiver.Kind.SCHOOL_CARD, "10000001", "Иван П.");
    private static final Amount THOUSAND = Amount.parse("1000.00", Currency.RUB);

    private final AutoPayment payment = new AutoPayment(7, SCHOOL_CARD, THOUSAND,
            AutoPaymentSchedule.weekly(DayOfWeek.MONDAY), TODAY, Instant.parse("2026-12-07T06:00:00Z"));

    @Test
    void itFirstRunsOnTheScheduleDayAfterToday() {
        assertThat(payment.nextRun()).isEqualTo(TODAY.plusDays(7));
        assertThat(payment.isDue(TODAY.plusDays(6))).isFalse();
        assertThat(payment.isDue(TODAY.plusDays(7))).isTrue();
        assertThat(payment.isDue(TODAY.plusDays(9))).as("a missed day still due").isTrue();
        assertThat(payment.lastOutcome()).isEmpty();
        assertThat(payment.target()).isEqualTo(SCHOOL_CARD);
        assertThat(payment.belongsTo(7)).isTrue();
        assertThat(payment.belongsTo(8)).isFalse();
    }

    @Test
    void aRunPaysUnderTheKeyOfItsRunDateAndASentOneMovesToTheNextWeek() throws Exception {
        Field id = AutoPayment.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(payment, 42L);
        LocalDate runDay = TODAY.plusDays(7);
        assertThat(payment.runKey().scope()).isEqualTo("autopay:42");
        assertThat(payment.runKey().key()).isEqualTo("2026-12-14");

        payment.sent(runDay);

        assertThat(payment.nextRun()).isEqualTo(runDay.plusDays(7));
        assertThat(payment.isDue(runDay)).as("the same day again").isFalse();
        assertThat(payment.lastRun()).contains(runDay);
        assertThat(payment.lastOutcome()).contains(AutoPayment.SENT);
    }

    @Test
    void aFailureIsTriedTheNextDayAndTheThirdInARowPausesIt() {
        LocalDate runDay = TODAY.plusDays(7);
        assertThat(payment.failed("INSUFFICIENT_FUNDS", runDay)).isFalse();
        assertThat(payment.nextRun()).isEqualTo(runDay.plusDays(1));
        assertThat(payment.failed(AutoPayment.TARGET_GONE, runDay.plusDays(1))).isFalse();
        assertThat(payment.failed("INSUFFICIENT_FUNDS", runDay.plusDays(2))).isTrue();

        assertThat(payment.isActive()).isFalse();
        assertThat(payment.failures()).isEqualTo(3);
        assertThat(payment.isDue(runDay.plusDays(30))).isFalse();
        assertThat(payment.lastOutcome()).contains("INSUFFICIENT_FUNDS");

        payment.resume(runDay.plusDays(3));
        assertThat(payment.isActive()).isTrue();
        assertThat(payment.failures()).isZero();
        assertThat(payment.nextRun()).isEqualTo(runDay.plusDays(7));
    }

    @Test
    void aSuccessForgivesTheFailuresBefore() {
        LocalDate runDay = TODAY.plusDays(7);
        payment.failed("INSUFFICIENT_FUNDS", runDay);
        payment.failed("INSUFFICIENT_FUNDS", runDay.plusDays(1));
        payment.sent(runDay.plusDays(2));

        assertThat(payment.failures()).isZero();
        assertThat(payment.nextRun()).isEqualTo(runDay.plusDays(7));
    }

    @Test
    void aPausedOneIsNotDue() {
        payment.pause();
        assertThat(payment.isDue(TODAY.plusDays(7))).isFalse();
    }

    @Test
    void theAmountIsPositiveRoublesAtMostThreeThousand() {
        AutoPayment.requireAmount(Amount.parse("3000.00", Currency.RUB));
        assertThatThrownBy(() -> AutoPayment.requireAmount(Amount.parse("3000.01", Currency.RUB)))
                .isInstanceOfSatisfying(WalletRefusal.class, refusal ->
                        assertThat(refusal.code()).isEqualTo(WalletRefusal.Code.AUTO_PAYMENT_TOO_LARGE));
        assertThatThrownBy(() -> AutoPayment.requireAmount(Amount.zero(Currency.RUB)))
                .isInstanceOfSatisfying(WalletRefusal.class, refusal ->
                        assertThat(refusal.code()).isEqualTo(WalletRefusal.Code.AMOUNT_INVALID));
        assertThatThrownBy(() -> AutoPayment.requireAmount(Amount.parse("10.00", Currency.LITRE)))
                .isInstanceOf(WalletRefusal.class);
        assertThatThrownBy(() -> AutoPayment.requireAmount(null)).isInstanceOf(WalletRefusal.class);
    }

    @Test
    void theHolderIsToldInRussianWhatFailedAndWhatComesNext() {
        LocalDate runDay = TODAY.plusDays(7);
        payment.failed("INSUFFICIENT_FUNDS", runDay);
        assertThat(AutoPaymentTexts.failure(payment, "INSUFFICIENT_FUNDS")).isEqualTo("Cardhub: автоплатёж "
                + "1\u00a0000,00\u00a0₽ на карту 10000001: не выполнен — недостаточно средств. Повторим 15.12.2026.");

        payment.failed(AutoPayment.TARGET_GONE, runDay.plusDays(1));
        payment.failed("WALLET_CAP", runDay.plusDays(2));
        assertThat(AutoPaymentTexts.failure(payment, "WALLET_CAP")).contains("превышен лимит кошелька")
                .contains("приостановлен после 3 неудач подряд");
        assertThat(AutoPaymentTexts.failure(payment, "SOMETHING_NEW")).contains("платёж отклонён");
        assertThat(AutoPaymentTexts.failure(payment, AutoPayment.TARGET_GONE)).contains("получатель не найден");
    }
}
