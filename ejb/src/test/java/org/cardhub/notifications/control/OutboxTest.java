package org.cardhub.notifications.control;

import org.cardhub.notifications.entity.Addresses;
import org.cardhub.notifications.entity.Channels;
import org.cardhub.notifications.entity.NotificationChoice;
import org.cardhub.notifications.entity.NotificationPreference;
import org.cardhub.notifications.entity.NotificationPreference.Topic;
import org.cardhub.notifications.entity.SmsInformer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice about a child goes to a guardian on the channels they chose for its kind and that child (the defaults
 * where they chose nothing), to the addresses they gave, once per event; SMS only while the child's informer is on.
 */
class OutboxTest {

    private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");

    private NoticesDatabase database;

    @BeforeEach
    void aParentWithEmailAndPhoneAndTwoChildren() {
        database = new NoticesDatabase().migrate().schoolCards(1, 2);
        database.inTransaction(em -> {
            NotificationPreference preference = new NotificationPreference("p1");
            preference.changeTo(new Addresses("p1@example.ru", "+79001234567", null));
            em.persist(preference);
            em.persist(new NotificationChoice("p1", 1, Topic.ENTRY_EXIT, new Channels(true, true, true)));
            em.persist(new NotificationChoice("p1", 2, Topic.TOP_UP, Channels.none()));
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    private int tell(long cardId, String event, Topic topic) {
        return database.inTransaction(em -> {
            Outbox outbox = new Outbox();
            outbox.em = em;
            return outbox.toGuardian("p1", cardId, event, topic, "subject", "body", NOW);
        });
    }

    private void informer(long cardId, boolean on) {
        database.inTransaction(em -> {
            SmsInformer informer = new SmsInformer(cardId, NOW, "p1");
            if (on) {
                informer.connect(NOW, "p1");
            }
            em.persist(informer);
            return null;
        });
    }

    @Test
    void theDefaultsSendTopUpsByEmailAndNoPurchases() {
        assertThat(tell(1, "top-up:1", Topic.TOP_UP)).isEqualTo(1);
        assertThat(tell(1, "purchase:1", Topic.PURCHASE)).isZero();
        assertThat(database.rows("SELECT channel, recipient FROM outbox_message")).containsExactly("EMAIL p1@example.ru");
    }

    @Test
    void eachChildHasItsOwnChoices() {
        assertThat(tell(2, "top-up:2", Topic.TOP_UP)).as("off for the second child").isZero();
        assertThat(tell(1, "top-up:1", Topic.TOP_UP)).as("default for the first").isEqualTo(1);
    }

    @Test
    void smsLeavesOnlyWhileTheChildsInformerIsOnAndPushOnlyWithAToken() {
        assertThat(tell(1, "pass:1", Topic.ENTRY_EXIT)).as("email only: no informer, no push token").isEqualTo(1);

        informer(1, true);

        assertThat(tell(1, "pass:2", Topic.ENTRY_EXIT)).isEqualTo(2);
        assertThat(database.rows("SELECT channel, recipient FROM outbox_message WHERE event_key LIKE 'pass:2:%' ORDER BY channel"))
                .containsExactly("EMAIL p1@example.ru", "SMS +79001234567");
    }

    @Test
    void aSwitchedOffInformerSendsNoSms() {
        informer(1, false);

        assertThat(tell(1, "pass:3", Topic.ENTRY_EXIT)).isEqualTo(1);
    }

    @Test
    void theSameEventIsQueuedOnce() {
        assertThat(tell(1, "top-up:9", Topic.TOP_UP)).isEqualTo(1);
        assertThat(tell(1, "top-up:9", Topic.TOP_UP)).isZero();
        assertThat(database.rows("SELECT COUNT(*) FROM outbox_message")).containsExactly("1");
    }

    @Test
    void theInformersOwnNoticesGoByEmailWhateverWasChosen() {
        assertThat(tell(2, "sms-informer:suspended:2:2026-12:0", Topic.SMS_INFORMER)).isEqualTo(1);
    }

    @Test
    void aParentWithoutAddressesHearsNothing() {
        int queued = database.inTransaction(em -> {
            Outbox outbox = new Outbox();
            outbox.em = em;
            return outbox.toGuardian("nobody", 1, "top-up:1", Topic.TOP_UP, "s", "b", NOW);
        });

        assertThat(queued).isZero();
    }
}
