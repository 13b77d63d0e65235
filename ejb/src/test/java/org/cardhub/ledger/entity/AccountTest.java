package org.cardhub.ledger.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.ledger.entity.LedgerFixtures.account;
import static org.cardhub.ledger.entity.LedgerFixtures.accountWithCredit;
import static org.cardhub.ledger.entity.LedgerFixtures.litres;
import static org.cardhub.ledger.entity.LedgerFixtures.rub;
import static org.cardhub.ledger.entity.LedgerFixtures.systemAccount;
import static org.cardhub.money.InvalidAmountException.Code.AMOUNT_NOT_POSITIVE;
import static org.cardhub.money.InvalidAmountException.Code.CURRENCY_MISMATCH;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import org.junit.jupiter.api.Test;

class AccountTest {

    private final Account wallet = account(10, Currency.RUB);

    @Test
    void aNewAccountHasNothing() {
        assertThat(wallet.balance().isZero()).isTrue();
        assertThat(wallet.held().isZero()).isTrue();
        assertThat(wallet.available().isZero()).isTrue();
        assertThat(wallet.isSystem()).isFalse();
    }

    @Test
    void availableIsBalanceMinusHeldPlusCreditLimit() {
        Account account = accountWithCredit(10, rub("300.00"));
        account.apply(rub("100.00"));
        account.hold(rub("40.00"));

        assertThat(account.available()).isEqualTo(rub("360.00"));
    }

    @Test
    void anAccountWithoutCreditCannotBeOverdrawnAndKeepsItsBalance() {
        wallet.apply(rub("50.00"));

        assertThatThrownBy(() -> wallet.apply(rub("-50.01")))
                .isInstanceOf(InsufficientFundsException.class)
                .hasMessageContaining("Account 10");
        assertThat(wallet.balance()).isEqualTo(rub("50.00"));
    }

    @Test
    void anAccountMaySpendExactlyWhatItHas() {
        wallet.apply(rub("50.00"));

        wallet.apply(rub("-50.00"));

        assertThat(wallet.balance().isZero()).isTrue();
    }

    @Test
    void anAccountMayDrawDownToMinusItsCreditLimitButNoFurther() {
        Account account = accountWithCredit(10, rub("100.00"));

        account.apply(rub("-100.00"));

        assertThat(account.balance()).isEqualTo(rub("-100.00"));
        assertThatThrownBy(() -> account.apply(rub("-0.01"))).isInstanceOf(InsufficientFundsException.class);
        assertThat(account.balance()).isEqualTo(rub("-100.00"));
    }

    @Test
    void heldMoneyCannotBeSpentTwice() {
        wallet.apply(rub("100.00"));
        wallet.hold(rub("80.00"));

        assertThatThrownBy(() -> wallet.apply(rub("-20.01"))).isInstanceOf(InsufficientFundsException.class);
        assertThat(wallet.balance()).isEqualTo(rub("100.00"));

        wallet.apply(rub("-20.00"));
        assertThat(wallet.balance()).isEqualTo(rub("80.00"));
    }

    @Test
    void heldMoneyCountsAgainstTheCreditLine() {
        Account account = accountWithCredit(10, rub("100.00"));
        account.hold(rub("30.00"));

        assertThatThrownBy(() -> account.apply(rub("-70.01"))).isInstanceOf(InsufficientFundsException.class);
        account.apply(rub("-70.00"));
        assertThat(account.available().isZero()).isTrue();
    }

    @Test
    void aSystemAccountMayGoNegativeAndKeepsNoCachedBalance() {
        Account cashIn = systemAccount(1, SystemAccount.CASH_IN);

        cashIn.apply(rub("-1000000.00"));
        cashIn.apply(rub("-0.01"));
        cashIn.apply(rub("250.00"));

        assertThat(cashIn.isSystem()).isTrue();
        assertThat(cashIn.balance().isZero()).isTrue();
        assertThat(cashIn.canCover(rub("999999999.00"))).isTrue();
    }

    @Test
    void aHoldLowersAvailableAndItsReleaseRestoresIt() {
        wallet.apply(rub("100.00"));

        wallet.hold(rub("60.00"));
        assertThat(wallet.available()).isEqualTo(rub("40.00"));
        assertThat(wallet.held()).isEqualTo(rub("60.00"));
        assertThat(wallet.balance()).isEqualTo(rub("100.00"));

        wallet.release(rub("60.00"));
        assertThat(wallet.available()).isEqualTo(rub("100.00"));
        assertThat(wallet.held().isZero()).isTrue();
    }

    @Test
    void aHoldBeyondWhatIsAvailableIsRefused() {
        wallet.apply(rub("100.00"));
        wallet.hold(rub("60.00"));

        assertThatThrownBy(() -> wallet.hold(rub("40.01"))).isInstanceOf(InsufficientFundsException.class);
        assertThat(wallet.held()).isEqualTo(rub("60.00"));
    }

    @Test
    void moreThanIsHeldCannotBeReleased() {
        wallet.apply(rub("100.00"));
        wallet.hold(rub("10.00"));

        assertThatThrownBy(() -> wallet.release(rub("10.01"))).isInstanceOf(IllegalStateException.class);
        assertThat(wallet.held()).isEqualTo(rub("10.00"));
    }

    @Test
    void canCoverComparesWithWhatIsAvailable() {
        wallet.apply(rub("100.00"));
        wallet.hold(rub("30.00"));

        assertThat(wallet.canCover(rub("70.00"))).isTrue();
        assertThat(wallet.canCover(rub("70.01"))).isFalse();
    }

    @Test
    void aCreditLimitCannotBeNegative() {
        assertThatThrownBy(() -> wallet.setCreditLimit(rub("-1.00"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(wallet.creditLimit().isZero()).isTrue();
    }

    @Test
    void anotherCurrencyIsRefusedEverywhere() {
        Amount litre = litres("1.000");

        assertRefused(() -> wallet.apply(litre), CURRENCY_MISMATCH);
        assertRefused(() -> wallet.hold(litre), CURRENCY_MISMATCH);
        assertRefused(() -> wallet.release(litre), CURRENCY_MISMATCH);
        assertRefused(() -> wallet.canCover(litre), CURRENCY_MISMATCH);
        assertRefused(() -> wallet.setCreditLimit(litre), CURRENCY_MISMATCH);
        assertThat(wallet.balance().isZero()).isTrue();
        assertThat(wallet.held().isZero()).isTrue();
    }

    @Test
    void aSystemAccountAlsoRefusesAnotherCurrency() {
        assertRefused(() -> systemAccount(1, SystemAccount.CASH_IN).apply(litres("-5.000")), CURRENCY_MISMATCH);
    }

    @Test
    void aCreditIsNeverRefusedEvenBelowTheCreditLine() {
        Account account = accountWithCredit(10, rub("100.00"));
        account.apply(rub("-100.00"));
        account.setCreditLimit(rub("0.00"));

        account.apply(rub("40.00"));

        assertThat(account.balance()).isEqualTo(rub("-60.00"));
    }

    @Test
    void aNegativeHoldIsRefused() {
        Amount minusHundred = Amount.ofMinorUnits(-10_000, Currency.RUB);

        assertRefused(() -> wallet.hold(minusHundred), AMOUNT_NOT_POSITIVE);
        assertThat(wallet.held().isZero()).isTrue();
        assertThatThrownBy(() -> wallet.apply(rub("-100.00"))).isInstanceOf(InsufficientFundsException.class);
    }

    @Test
    void aNegativeReleaseIsRefused() {
        Amount minusHundred = Amount.ofMinorUnits(-10_000, Currency.RUB);

        assertRefused(() -> wallet.release(minusHundred), AMOUNT_NOT_POSITIVE);
        assertThat(wallet.held().isZero()).isTrue();
    }
}
