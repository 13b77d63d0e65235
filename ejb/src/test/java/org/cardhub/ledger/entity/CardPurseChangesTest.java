package org.cardhub.ledger.entity;

import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cardhub.ledger.entity.LedgerFixtures.entry;
import static org.cardhub.ledger.entity.LedgerFixtures.rub;
import static org.cardhub.ledger.entity.LedgerFixtures.systemAccount;
import static org.cardhub.ledger.entity.LedgerFixtures.withId;

/**
 * A booked entry tells what it did to each card purse it posted to: the change and what is left; contracts' and system
 * accounts are not cards' purses.
 */
class CardPurseChangesTest {

    private static Account cardPurse(long id, long cardId, AccountPurpose purpose, String balance) {
        Account purse = withId(Account.ofCard(100, cardId, purpose, Currency.RUB), id);
        purse.apply(rub(balance));
        return purse;
    }

    @Test
    void aPurchaseDebitsTheCardsPurseAndTellsWhatIsLeft() {
        Account canteen = cardPurse(1, 7, AccountPurpose.CANTEEN, "150.00");
        JournalEntry purchase = withId(entry(EntryKind.PURCHASE), 99)
                .move(canteen, systemAccount(2, SystemAccount.MERCHANT_PAYABLE), rub("105.00"));

        assertThat(purchase.cardPurseChanges())
                .extracting(CardPurseChanged::entryId, CardPurseChanged::cardId, CardPurseChanged::purpose,
                        CardPurseChanged::change, CardPurseChanged::balance, CardPurseChanged::isDebit)
                .containsExactly(tuple(99L, 7L, AccountPurpose.CANTEEN, rub("-105.00"), rub("45.00"), true));
    }

    @Test
    void aMoveBetweenAChildsTwoPursesIsADebitOfOneAndACreditOfTheOther() {
        Account main = cardPurse(1, 7, AccountPurpose.MAIN, "300.00");
        Account canteen = cardPurse(3, 7, AccountPurpose.CANTEEN, "0.00");

        JournalEntry transfer = withId(entry(EntryKind.TRANSFER), 98).move(main, canteen, rub("120.00"));

        assertThat(transfer.cardPurseChanges()).extracting(CardPurseChanged::purpose, CardPurseChanged::change)
                .containsExactly(tuple(AccountPurpose.MAIN, rub("-120.00")), tuple(AccountPurpose.CANTEEN, rub("120.00")));
    }

    @Test
    void aContractsAccountIsNoCardsPurse() {
        Account contract = withId(Account.ofContract(100, AccountPurpose.MAIN, Currency.RUB), 4);
        contract.apply(rub("500.00"));

        JournalEntry entry = withId(entry(EntryKind.PURCHASE), 97).move(contract, systemAccount(2, SystemAccount.MERCHANT_PAYABLE), rub("10.00"));

        assertThat(entry.cardPurseChanges()).isEmpty();
    }
}
