package org.cardhub.notifications.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.OperationKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month is charged once per card: its operation key names card, month and attempt, and the attempt moves on only
 * when a charge is declined; a declined charge suspends a connected informer, and a paid one resumes it.
 */
class SmsInformerTest {

    private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final YearMonth JANUARY = YearMonth.of(2027, 1);
    private static final Amount SIXTY = Amount.parse("60.00", Currency.RUB);

    private static SmsInformer connectedAndPaidForDecember() {
        SmsInformer informer = new SmsInformer(42, NOW, "parent");
        informer.charged(DECEMBER, 1001, SIXTY, NOW, "parent");
        informer.connect(NOW, "parent");
        return informer;
    }

    @Test
    void theKeyOfAMonthIsTheSameEveryTimeItIsAskedForUntilAChargeIsDeclined() {
        SmsInformer informer = connectedAndPaidForDecember();

        OperationKey first = informer.chargeKey(JANUARY);
        OperationKey again = informer.chargeKey(JANUARY);

        assertThat(again).isEqualTo(first).isEqualTo(new OperationKey("system:sms-informer", "42:2027-01:0"));
        assertThat(informer.chargeKey(DECEMBER)).isNotEqualTo(first);
        assertThat(SmsInformer.chargeKey(43, JANUARY, 0)).as("another card").isNotEqualTo(first);
    }

    @Test
    void aPaidMonthIsNotDueAndTheNextMonthIs() {
        SmsInformer informer = connectedAndPaidForDecember();

        assertThat(informer.sends()).isTrue();
        assertThat(informer.isDueFor(DECEMBER)).isFalse();
        assertThat(informer.isDueFor(JANUARY)).isTrue();
    }

    @Test
    void theSameChargeSettledTwiceChangesNothingTheSecondTime() {
        SmsInformer informer = connectedAndPaidForDecember();
        informer.charged(JANUARY, 2002, SIXTY, NOW, "system");
        Instant later = NOW.plusSeconds(60);

        informer.charged(JANUARY, 2002, SIXTY, later, "system");

        assertThat(informer.paidMonth()).contains(JANUARY);
        assertThat(informer.lastChargedAt()).isEqualTo(NOW);
        assertThat(informer.attempt()).isZero();
    }

    @Test
    void aDeclinedMonthSuspendsTheInformerStopsItsSmsAndKeysTheNextTryAnew() {
        SmsInformer informer = connectedAndPaidForDecember();
        OperationKey declinedKey = informer.chargeKey(JANUARY);

        boolean suspended = informer.declined(JANUARY, "INSUFFICIENT_FUNDS", SIXTY, NOW, "system");

        assertThat(suspended).isTrue();
        assertThat(informer.status()).isEqualTo(SmsInformer.Status.SUSPENDED);
        assertThat(informer.sends()).isFalse();
        assertThat(informer.isDueFor(JANUARY)).as("the sweep leaves a suspended one alone").isFalse();
        assertThat(informer.suspendedMonth()).contains(JANUARY);
        assertThat(informer.shortfall()).isEqualTo(SIXTY);
        assertThat(informer.chargeKey(JANUARY)).isNotEqualTo(declinedKey);
        assertThat(informer.isAttempt(0)).as("the declined attempt is settled").isFalse();
    }

    @Test
    void payingTheSuspendedMonthResumesIt() {
        SmsInformer informer = connectedAndPaidForDecember();
        informer.declined(JANUARY, "INSUFFICIENT_FUNDS", SIXTY, NOW, "system");

        informer.charged(JANUARY, 3003, SIXTY, NOW, "parent");

        assertThat(informer.status()).isEqualTo(SmsInformer.Status.ACTIVE);
        assertThat(informer.suspendedMonth()).isEmpty();
        assertThat(informer.lastCharge()).isEqualTo(SIXTY);
    }

    @Test
    void aDeclineWhileOffSuspendsNothing() {
        SmsInformer informer = new SmsInformer(42, NOW, "parent");

        assertThat(informer.declined(DECEMBER, "INSUFFICIENT_FUNDS", SIXTY, NOW, "parent")).isFalse();
        assertThat(informer.status()).isEqualTo(SmsInformer.Status.OFF);
        assertThat(informer.attempt()).isEqualTo(1);
    }

    @Test
    void switchedOffAndOnWithinAPaidMonthItNeedsNoNewCharge() {
        SmsInformer informer = connectedAndPaidForDecember();

        informer.disconnect(NOW, "parent");

        assertThat(informer.sends()).isFalse();
        assertThat(informer.isPaidFor(DECEMBER)).isTrue();
        assertThat(informer.isDueFor(JANUARY)).as("off: not charged").isFalse();
    }

    @Test
    void theCardReplacingThisOneTakesTheInformerWithItsPaidMonths() {
        SmsInformer informer = connectedAndPaidForDecember();

        SmsInformer moved = informer.forCard(77, NOW, "backoffice");

        assertThat(moved.cardId()).isEqualTo(77);
        assertThat(moved.sends()).isTrue();
        assertThat(moved.isPaidFor(DECEMBER)).isTrue();
        assertThat(moved.chargeKey(JANUARY).key()).startsWith("77:");
    }
}
