package org.cardhub.notifications.boundary;

import org.cardhub.testing.NoTransaction;
import jakarta.persistence.EntityManager;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.ledger.entity.CardPurseChanged;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.notifications.control.NoticesDatabase;
import org.cardhub.notifications.control.Outbox;
import org.cardhub.notifications.entity.Addresses;
import org.cardhub.notifications.entity.LowBalanceAlert;
import org.cardhub.notifications.entity.NotificationPreference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the transaction of the entry that changed a child's purse, the parents whose threshold a debit crossed are told by
 * email, once per crossing and once per entry however often the change is announced; a reissue and a parent no longer
 * linked to the child tell nobody.
 */
class LowBalanceAlertsTest {

    private NoticesDatabase database;

    @BeforeEach
    void aChildWithAHundredRoublesThresholdOnItsCanteenPurse() {
        database = new NoticesDatabase().migrate().schoolCards(1);
        database.update("INSERT INTO card_guardian (card_id, subject) VALUES (1, 'p1'), (1, 'p2')");
        database.inTransaction(em -> {
            for (String parent : new String[]{"p1", "p2", "gone"}) {
                NotificationPreference preference = new NotificationPreference(parent);
                preference.changeTo(new Addresses(parent + "@example.ru", null, null));
                em.persist(preference);
            }
            em.persist(new LowBalanceAlert("p1", 1, AccountPurpose.CANTEEN, rub("100.00"), rub("150.00")));
            em.persist(new LowBalanceAlert("gone", 1, AccountPurpose.CANTEEN, rub("100.00"), rub("150.00")));
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    private static CardPurseChanged canteen(long entryId, EntryKind kind, String change, String after) {
        return new CardPurseChanged(entryId, kind, 5, 1, AccountPurpose.CANTEEN, rub(change), rub(after), rub(after));
    }

    private void announce(CardPurseChanged change) {
        database.inTransaction(em -> {
            alerts(em).purseChanged(change);
            return null;
        });
    }

    private static LowBalanceAlerts alerts(EntityManager em) {
        LowBalanceAlerts alerts = new LowBalanceAlerts();
        alerts.em = em;
        alerts.cards = NoticesDatabase.inject(NoTransaction.wire(new CardDirectory()), "em", em);
        Outbox outbox = new Outbox();
        NoticesDatabase.inject(outbox, "em", em);
        alerts.outbox = outbox;
        return alerts;
    }

    @Test
    void aPurchaseCrossingTheThresholdTellsTheParentWhoSetItOnce() {
        announce(canteen(10, EntryKind.PURCHASE, "-105.00", "45.00"));
        announce(canteen(10, EntryKind.PURCHASE, "-105.00", "45.00"));
        announce(canteen(11, EntryKind.PURCHASE, "-5.00", "40.00"));

        assertThat(database.rows("SELECT recipient, subject FROM outbox_message")).containsExactly(
                "p1@example.ru Ученик 1: баланс столовой 45,00\u00a0₽ — ниже порога 100,00\u00a0₽");
    }

    @Test
    void afterATopUpAboveTheThresholdTheNextCrossingTellsAgain() {
        announce(canteen(10, EntryKind.PURCHASE, "-105.00", "45.00"));
        announce(canteen(11, EntryKind.TOP_UP, "200.00", "245.00"));
        announce(canteen(12, EntryKind.TRANSFER, "-200.00", "45.00"));

        assertThat(database.rows("SELECT event_key FROM outbox_message ORDER BY event_key"))
                .containsExactly("low-balance:10:CANTEEN:EMAIL:p1", "low-balance:12:CANTEEN:EMAIL:p1");
    }

    @Test
    void theBalanceLeavingAReissuedCardIsNoDebitOfTheChilds() {
        announce(canteen(10, EntryKind.REISSUE, "-150.00", "0.00"));

        assertThat(database.rows("SELECT COUNT(*) FROM outbox_message")).containsExactly("0");
    }

    @Test
    void aTopUpBelowTheThresholdTellsNobody() {
        announce(canteen(10, EntryKind.PURCHASE, "-100.00", "50.00"));
        database.update("DELETE FROM outbox_message");

        announce(canteen(11, EntryKind.TOP_UP, "10.00", "60.00"));

        assertThat(database.rows("SELECT COUNT(*) FROM outbox_message")).containsExactly("0");
    }
}
