package org.cardhub.acquiring.entity;

import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

/**
 * Below its threshold a purse is brought to its target by one charge of the owner's saved card; a failed charge
 * suspends the rule, which charges nothing until the parent resumes it.
 */
class BankCardAutoTopUpTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:15:30Z");
    private static final String PARENT = "parent-subject";

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    private static SavedBankCard saved(long id, String owner) {
        return new SavedBankCard(owner, 7L, "pm-" + id, "Bank card *4477", NOW) {
            @Override
            public Long id() {
                return id;
            }
        };
    }

    /** Below 100 ₽, up to 500 ₽. */
    private final BankCardAutoTopUp rule = new BankCardAutoTopUp(7, AccountPurpose.CANTEEN, PARENT, saved(1, PARENT),
            rub("100.00"), rub("500.00"), NOW);

    @ParameterizedTest
    @CsvSource({"99.99, 400.01", "30.00, 470.00", "0.00, 500.00"})
    void belowTheThresholdOneChargeBringsItToTheTarget(String available, String charge) {
        assertThat(rule.chargeFor(rub(available))).contains(rub(charge));
    }

    @ParameterizedTest
    @CsvSource({"100.00", "100.01", "800.00"})
    void atOrAboveTheThresholdNothingIsCharged(String available) {
        assertThat(rule.chargeFor(rub(available))).isEmpty();
    }

    @Test
    void aSuspendedRuleChargesNothingUntilTheParentResumesIt() {
        rule.suspend(CancellationReason.INSUFFICIENT_FUNDS, NOW);

        assertThat(rule.status()).isEqualTo(AutoTopUpStatus.SUSPENDED);
        assertThat(rule.suspendedReason()).isEqualTo(CancellationReason.INSUFFICIENT_FUNDS);
        assertThat(rule.chargeFor(rub("10.00"))).isEmpty();

        rule.switchOn(NOW);

        assertThat(rule.status()).isEqualTo(AutoTopUpStatus.ACTIVE);
        assertThat(rule.suspendedReason()).isNull();
        assertThat(rule.chargeFor(rub("10.00"))).contains(rub("490.00"));
    }

    @Test
    void aRuleSwitchedOffChargesNothing() {
        rule.switchOff(NOW);

        assertThat(rule.chargeFor(rub("0.00"))).isEmpty();
    }

    @Test
    void theTargetIsAtLeastTheSmallestTopUpAboveTheThresholdAndAtMostTheLargest() {
        BankCardAutoTopUp.requireValid(rub("0.00"), rub("10.00"));
        assertRefused(() -> BankCardAutoTopUp.requireValid(rub("100.00"), rub("109.99")), InvalidTopUpException.Code.TARGET_TOO_LOW);
        assertRefused(() -> BankCardAutoTopUp.requireValid(rub("100.00"), rub("50.00")), InvalidTopUpException.Code.TARGET_TOO_LOW);
        assertRefused(() -> BankCardAutoTopUp.requireValid(rub("100.00"), rub("15000.01")), InvalidTopUpException.Code.TARGET_TOO_LARGE);
        assertRefused(() -> BankCardAutoTopUp.requireValid(rub("-1.00"), rub("500.00")), InvalidTopUpException.Code.AMOUNT_FORMAT);
    }

    @Test
    void aRuleChargesOnlyItsOwnersSavedCardInUse() {
        assertRefused(() -> new BankCardAutoTopUp(7, AccountPurpose.MAIN, PARENT, saved(2, "another-parent"), rub("100.00"),
                rub("500.00"), NOW), InvalidTopUpException.Code.SAVED_CARD_UNKNOWN);
        SavedBankCard removed = saved(3, PARENT);
        removed.remove(NOW);
        assertRefused(() -> new BankCardAutoTopUp(7, AccountPurpose.MAIN, PARENT, removed, rub("100.00"), rub("500.00"), NOW),
                InvalidTopUpException.Code.SAVED_CARD_UNKNOWN);
    }

    @Test
    void savingTheRuleAgainSwitchesItOnWithTheNewValues() {
        rule.suspend(CancellationReason.CARD_EXPIRED, NOW);

        rule.change(PARENT, saved(4, PARENT), rub("200.00"), rub("1000.00"), NOW);

        assertThat(rule.status()).isEqualTo(AutoTopUpStatus.ACTIVE);
        assertThat(rule.savedCardId()).isEqualTo(4);
        assertThat(rule.chargeFor(rub("150.00"))).contains(rub("850.00"));
    }
}
