package org.cardhub.notifications.entity;

import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A parent is told once per crossing of their threshold by a debit, and again only after the purse was back at or above it. */
class LowBalanceAlertTest {

    private static final boolean DEBIT = true;
    private static final boolean CREDIT = false;

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    private static LowBalanceAlert hundredOn(String available) {
        return new LowBalanceAlert("parent", 7, AccountPurpose.CANTEEN, rub("100.00"), rub(available));
    }

    @Test
    void aDebitTakingThePurseBelowTheThresholdTellsOnceAndTheNextDebitsBelowItDoNot() {
        LowBalanceAlert alert = hundredOn("150.00");

        assertThat(alert.tellAfter(DEBIT, rub("120.00"))).as("still above").isFalse();
        assertThat(alert.tellAfter(DEBIT, rub("45.00"))).as("crossed").isTrue();
        assertThat(alert.tellAfter(DEBIT, rub("30.00"))).as("below already").isFalse();
        assertThat(alert.tellAfter(DEBIT, rub("0.00"))).isFalse();
    }

    @Test
    void landingExactlyOnTheThresholdIsNotBelowIt() {
        LowBalanceAlert alert = hundredOn("150.00");

        assertThat(alert.tellAfter(DEBIT, rub("100.00"))).isFalse();
        assertThat(alert.tellAfter(DEBIT, rub("99.99"))).isTrue();
    }

    @Test
    void aTopUpBackToTheThresholdArmsItAgainAndTheNextCrossingTells() {
        LowBalanceAlert alert = hundredOn("150.00");
        alert.tellAfter(DEBIT, rub("45.00"));

        assertThat(alert.tellAfter(CREDIT, rub("80.00"))).as("a top-up that stays below arms nothing").isFalse();
        assertThat(alert.tellAfter(DEBIT, rub("70.00"))).as("not back above yet").isFalse();
        assertThat(alert.tellAfter(CREDIT, rub("100.00"))).as("a top-up never tells").isFalse();
        assertThat(alert.tellAfter(DEBIT, rub("60.00"))).as("the next crossing").isTrue();
    }

    @Test
    void aCreditNeverTellsEvenBelowTheThreshold() {
        LowBalanceAlert alert = hundredOn("150.00");

        assertThat(alert.tellAfter(CREDIT, rub("10.00"))).isFalse();
    }

    @Test
    void aThresholdSetOnAPurseBelowItAlreadyIsNotAnnouncedByTheNextDebit() {
        LowBalanceAlert alert = hundredOn("40.00");

        assertThat(alert.isBelow()).isTrue();
        assertThat(alert.tellAfter(DEBIT, rub("30.00"))).isFalse();
    }

    @Test
    void aNewThresholdIsJudgedAfreshAgainstThePurse() {
        LowBalanceAlert alert = hundredOn("150.00");
        alert.tellAfter(DEBIT, rub("80.00"));

        alert.change(rub("50.00"), rub("80.00"));

        assertThat(alert.isBelow()).isFalse();
        assertThat(alert.tellAfter(DEBIT, rub("49.00"))).isTrue();
    }

    @Test
    void theCardReplacingThisOneKeepsTheThresholdAndItsState() {
        LowBalanceAlert alert = hundredOn("150.00");
        alert.tellAfter(DEBIT, rub("45.00"));

        LowBalanceAlert moved = alert.forCard(8);

        assertThat(moved.cardId()).isEqualTo(8);
        assertThat(moved.threshold()).isEqualTo(rub("100.00"));
        assertThat(moved.tellAfter(DEBIT, rub("40.00"))).as("told already on the old card").isFalse();
    }

    @Test
    void aNegativeThresholdIsRefused() {
        assertThatThrownBy(() -> new LowBalanceAlert("parent", 7, AccountPurpose.MAIN, rub("-1.00"), rub("10.00")))
                .isInstanceOf(InvalidNoticeSettingsException.class)
                .extracting(refusal -> ((InvalidNoticeSettingsException) refusal).code())
                .isEqualTo(InvalidNoticeSettingsException.Code.THRESHOLD_NEGATIVE);
    }
}
