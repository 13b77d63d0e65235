package org.cardhub.ledger.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.ledger.entity.LedgerFixtures.account;
import static org.cardhub.ledger.entity.LedgerFixtures.entry;
import static org.cardhub.ledger.entity.LedgerFixtures.litres;
import static org.cardhub.ledger.entity.LedgerFixtures.rub;
import static org.cardhub.ledger.entity.LedgerFixtures.systemAccount;
import static org.cardhub.ledger.entity.LedgerFixtures.withId;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import org.junit.jupiter.api.Test;

class JournalEntryTest {

    private final Account cashIn = systemAccount(1, SystemAccount.CASH_IN);
    private final Account litresIssued = systemAccount(2, SystemAccount.LITRES_ISSUED);
    private final Account wallet = account(10, Currency.RUB);
    private final Account card = account(11, Currency.RUB);
    private final Account fuel = account(12, Currency.LITRE);

    @Test
    void aMoveWritesTwoPostingsThatSumToZero() {
        JournalEntry entry = entry(EntryKind.TOP_UP).move(cashIn, wallet, rub("1500.00"));

        assertThat(entry.postings()).hasSize(2);
        assertThat(entry.postings()).extracting(Posting::accountId).containsExactly(1L, 10L);
        assertThat(entry.postings()).extracting(Posting::amount).containsExactly(rub("-1500.00"), rub("1500.00"));
        assertThat(entry.postings().get(0).amount().plus(entry.postings().get(1).amount()).isZero()).isTrue();
        assertThatCode(entry::requireBalanced).doesNotThrowAnyException();
    }

    @Test
    void aMoveDebitsTheSenderAndCreditsTheReceiver() {
        entry(EntryKind.TOP_UP).move(cashIn, wallet, rub("100.00"));

        entry(EntryKind.TRANSFER).move(wallet, card, rub("30.00"));

        assertThat(wallet.balance()).isEqualTo(rub("70.00"));
        assertThat(card.balance()).isEqualTo(rub("30.00"));
    }

    @Test
    void aMoveOfZeroIsRefused() {
        assertThatThrownBy(() -> entry(EntryKind.TRANSFER).move(cashIn, wallet, rub("0")))
                .isInstanceOf(UnbalancedEntryException.class);
        assertThat(wallet.balance().isZero()).isTrue();
    }

    @Test
    void aMoveOfANegativeAmountIsRefused() {
        assertThatThrownBy(() -> entry(EntryKind.TRANSFER).move(cashIn, wallet, rub("-5.00")))
                .isInstanceOf(UnbalancedEntryException.class);
        assertThat(wallet.balance().isZero()).isTrue();
    }

    @Test
    void anEntryWhosePostingsDoNotSumToZeroCannotBeWritten() {
        JournalEntry entry = entry(EntryKind.CORRECTION).post(cashIn, rub("-100.00")).post(wallet, rub("99.99"));

        assertThatThrownBy(entry::requireBalanced)
                .isInstanceOf(UnbalancedEntryException.class)
                .hasMessageContaining("-0.01 RUB");
    }

    @Test
    void anEntryWithASinglePostingCannotBeWritten() {
        JournalEntry entry = entry(EntryKind.CORRECTION).post(wallet, rub("10.00"));

        assertThatThrownBy(entry::requireBalanced).isInstanceOf(UnbalancedEntryException.class);
    }

    @Test
    void anEntryWithNoPostingsCannotBeWritten() {
        assertThatThrownBy(entry(EntryKind.CORRECTION)::requireBalanced).isInstanceOf(UnbalancedEntryException.class);
    }

    @Test
    void aPostingOfZeroIsRefused() {
        JournalEntry entry = entry(EntryKind.CORRECTION);

        assertThatThrownBy(() -> entry.post(wallet, Amount.zero(Currency.RUB)))
                .isInstanceOf(UnbalancedEntryException.class);
        assertThat(entry.postings()).isEmpty();
    }

    @Test
    void anEntryBalancedInEachCurrencyCanBeWritten() {
        JournalEntry entry = entry(EntryKind.PURCHASE)
                .move(cashIn, wallet, rub("2500.00"))
                .move(litresIssued, fuel, litres("40.000"));

        assertThat(entry.postings()).hasSize(4);
        assertThatCode(entry::requireBalanced).doesNotThrowAnyException();
    }

    @Test
    void anEntryBalancedOnlyInTotalAcrossCurrenciesCannotBeWritten() {
        // +1000 kopecks against -1000 millilitres: zero as raw numbers, but roubles are not litres.
        JournalEntry entry = entry(EntryKind.CORRECTION)
                .post(wallet, Amount.ofMinorUnits(1000, Currency.RUB))
                .post(litresIssued, Amount.ofMinorUnits(-1000, Currency.LITRE));

        assertThatThrownBy(entry::requireBalanced).isInstanceOf(UnbalancedEntryException.class);
    }

    @Test
    void aPostingInAnotherCurrencyThanItsAccountIsRefused() {
        JournalEntry entry = entry(EntryKind.CORRECTION);

        assertRefused(() -> entry.post(fuel, rub("10.00")), InvalidAmountException.Code.CURRENCY_MISMATCH);
        assertThat(entry.postings()).isEmpty();
    }

    @Test
    void aMoveRefusedHalfwayLeavesBothSidesUntouched() {
        entry(EntryKind.TOP_UP).move(cashIn, wallet, rub("100.00"));
        JournalEntry entry = entry(EntryKind.TRANSFER);

        assertThatThrownBy(() -> entry.move(wallet, fuel, rub("30.00"))).isInstanceOf(InvalidAmountException.class);

        assertThat(wallet.balance()).isEqualTo(rub("100.00"));
        assertThat(entry.postings()).isEmpty();
    }

    @Test
    void aReversalPointsAtTheEntryItReverses() {
        JournalEntry original = withId(entry(EntryKind.PURCHASE), 77);
        JournalEntry reversal = entry(EntryKind.REVERSAL);

        reversal.marksReversalOf(original);

        assertThat(reversal.reversesEntryId()).isEqualTo(77L);
    }

    @Test
    void postingsCannotBeAddedBehindTheEntrysBack() {
        JournalEntry entry = entry(EntryKind.TOP_UP).move(cashIn, wallet, rub("1.00"));

        assertThatThrownBy(() -> entry.postings().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
