package org.cardhub.notifications.control;

import org.cardhub.testing.NoTransaction;
import org.cardhub.cards.entity.Card;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.notifications.entity.Addresses;
import org.cardhub.notifications.entity.Channels;
import org.cardhub.notifications.entity.ChildChoices;
import org.cardhub.notifications.entity.ChildNotices;
import org.cardhub.notifications.entity.InformerState;
import org.cardhub.notifications.entity.NoticeSettings;
import org.cardhub.notifications.entity.NotificationPreference.Topic;
import org.cardhub.notifications.entity.SettingsChange;
import org.cardhub.notifications.entity.SmsInformer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent's settings are read with the defaults where they chose nothing, and written as one change that says what it
 * changed; a threshold set on a purse below it already is not announced by the next debit.
 */
class SettingsBookTest {

    /** 6 December 2026, 13:00 in Vladivostok, the school's time zone. */
    private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");

    private NoticesDatabase database;

    @BeforeEach
    void twoChildrenOneWithEightyRoublesAndASchoolOfferingTheInformer() {
        database = new NoticesDatabase().migrate().schoolCards(1, 2).purse(1, "MAIN", 8000).purse(1, "CANTEEN", 50000);
        database.update("INSERT INTO sms_informer_price (contract_id, monthly_minor, prorated) VALUES (900, 6000, TRUE)");
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    private String write(SettingsChange change) {
        return database.inTransaction(em -> book(em).write("p1", change));
    }

    private NoticeSettings read() {
        return database.inTransaction(em -> book(em).read("p1", List.of(em.find(Card.class, 1L), em.find(Card.class, 2L)), NOW));
    }

    private static SettingsBook book(jakarta.persistence.EntityManager em) {
        Ledger ledger = NoticesDatabase.inject(NoTransaction.wire(new Ledger()), "em", em);
        InformerBook informers = NoticesDatabase.inject(NoticesDatabase.inject(new InformerBook(), "em", em), "ledger", ledger);
        SettingsBook book = new SettingsBook();
        book.em = em;
        book.ledger = ledger;
        book.informers = informers;
        return book;
    }

    private static SettingsChange smsAboutPassesAndThresholdOnTheMainPurse(String threshold) {
        ChildChoices first = new ChildChoices(1, Map.of(Topic.ENTRY_EXIT, new Channels(true, true, false)),
                threshold == null ? Map.of() : Map.of(AccountPurpose.MAIN, rub(threshold)));
        return new SettingsChange(new Addresses("p1@example.ru", "+79001234567", null), List.of(first));
    }

    @Test
    void aParentWhoChoseNothingSeesTheDefaultsAndTheInformersPriceForTheRestOfTheMonth() {
        NoticeSettings settings = read();

        assertThat(settings.addresses()).isEqualTo(new Addresses(null, null, null));
        ChildNotices first = settings.children().get(0);
        assertThat(first.channels()).containsEntry(Topic.TOP_UP, Channels.emailOnly()).containsEntry(Topic.PURCHASE, Channels.none());
        assertThat(first.thresholds()).isEmpty();
        InformerState informer = first.informer();
        assertThat(informer.offered()).isTrue();
        assertThat(informer.status()).isEqualTo(SmsInformer.Status.OFF);
        assertThat(informer.dueNow()).as("26 of 31 days of December").isEqualTo(rub("50.32"));
        assertThat(first.timeZone()).isEqualTo("Asia/Vladivostok");
    }

    @Test
    void aChangeIsWrittenReadBackAndSaysWhatItChanged() {
        String changed = write(smsAboutPassesAndThresholdOnTheMainPurse("100.00"));

        assertThat(changed).contains("addresses null, null → p1@example.ru, +79001234567")
                .contains("card 1 ENTRY_EXIT none → EMAIL+SMS").contains("card 1 threshold MAIN none → 100.00")
                .doesNotContain("TOP_UP");
        ChildNotices first = read().children().get(0);
        assertThat(first.channels()).containsEntry(Topic.ENTRY_EXIT, new Channels(true, true, false));
        assertThat(first.thresholds()).containsExactly(Map.entry(AccountPurpose.MAIN, rub("100.00")));
        assertThat(database.rows("SELECT below FROM low_balance_alert")).as("80 ₽ is below 100 ₽ already")
                .containsExactly("TRUE");
    }

    @Test
    void theSameChangeAgainChangesNothingAndAnEmptyThresholdRemovesIt() {
        write(smsAboutPassesAndThresholdOnTheMainPurse("100.00"));

        assertThat(write(smsAboutPassesAndThresholdOnTheMainPurse("100.00"))).isEmpty();
        assertThat(write(smsAboutPassesAndThresholdOnTheMainPurse(null))).isEqualTo("card 1 threshold MAIN 100.00 → none");
        assertThat(database.rows("SELECT COUNT(*) FROM low_balance_alert")).containsExactly("0");
    }
}
