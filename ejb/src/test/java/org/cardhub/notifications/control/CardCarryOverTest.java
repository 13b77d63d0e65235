package org.cardhub.notifications.control;

import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.notifications.entity.Channels;
import org.cardhub.notifications.entity.LowBalanceAlert;
import org.cardhub.notifications.entity.NotificationChoice;
import org.cardhub.notifications.entity.NotificationPreference.Topic;
import org.cardhub.notifications.entity.SmsInformer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The card replacing a child's card (a reissue, a change of school) takes over its parents' choices, thresholds and SMS
 * informer with the month paid; at a school that does not offer the informer, the informer arrives switched off.
 */
class CardCarryOverTest {

    private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");

    private NoticesDatabase database;

    @BeforeEach
    void aCardWithChoicesAThresholdAndAConnectedInformer() {
        database = new NoticesDatabase().migrate().schoolCards(1, 2);
        database.update("INSERT INTO contract (id, number, kind, organization_id, status, balance_model, funding, time_zone, "
                + "created_at) VALUES (901, 'S-09000001', 'SCHOOL', 900, 'ACTIVE', 'DISTRIBUTED', 'PREPAID', 'Europe/Moscow', "
                + "CURRENT_TIMESTAMP)");
        database.update("INSERT INTO card (id, contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, "
                + "status, expires_on, created_at) VALUES (3, 901, '" + "3".repeat(64) + "', 'sealed', '700599******0003', "
                + "'PLASTIC', 'PUPIL', 'Ученик 1', 'ACTIVE', DATE '2031-01-31', CURRENT_TIMESTAMP)");
        database.update("INSERT INTO sms_informer_price (contract_id, monthly_minor, prorated) VALUES (900, 6000, TRUE)");
        database.inTransaction(em -> {
            em.persist(new NotificationChoice("p1", 1, Topic.ENTRY_EXIT, new Channels(true, true, false)));
            em.persist(new LowBalanceAlert("p1", 1, AccountPurpose.CANTEEN, Amount.parse("100", Currency.RUB),
                    Amount.parse("150", Currency.RUB)));
            SmsInformer informer = new SmsInformer(1, NOW, "p1");
            informer.charged(YearMonth.of(2026, 12), 77, Amount.parse("50.32", Currency.RUB), NOW, "p1");
            informer.connect(NOW, "p1");
            em.persist(informer);
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void carryOver(long to) {
        database.inTransaction(em -> {
            CardCarryOver carryOver = new CardCarryOver();
            carryOver.em = em;
            carryOver.carryOver(1, to, "backoffice", NOW);
            return null;
        });
    }

    @Test
    void aReissuedCardKeepsEverythingAndTheOldOneSendsNoMore() {
        carryOver(2);

        assertThat(database.rows("SELECT card_id, topic, by_sms FROM notification_choice ORDER BY card_id"))
                .containsExactly("1 ENTRY_EXIT TRUE", "2 ENTRY_EXIT TRUE");
        assertThat(database.rows("SELECT card_id, threshold_minor FROM low_balance_alert ORDER BY card_id"))
                .containsExactly("1 10000", "2 10000");
        assertThat(database.rows("SELECT card_id, status, paid_month FROM sms_informer ORDER BY card_id"))
                .containsExactly("1 OFF 2026-12", "2 ACTIVE 2026-12");
    }

    @Test
    void atASchoolWithoutTheInformerItArrivesSwitchedOff() {
        carryOver(3);

        assertThat(database.rows("SELECT card_id, status FROM sms_informer ORDER BY card_id")).containsExactly("1 OFF", "3 OFF");
    }
}
