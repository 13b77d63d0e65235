package org.cardhub.notifications.entity;

import org.cardhub.notifications.entity.NotificationPreference.Topic;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Until a parent chooses, a child's notices about top-ups, low balance, the card, meal pre-orders and failed payments
 * come by email, and passes and purchases not at all; the SMS informer's own notices are no choice.
 */
class NoticeChoicesTest {

    @Test
    void theDefaultsAreEmailForMoneyAndCardEventsAndNothingForTheSchoolDay() {
        assertThat(Topic.TOP_UP.defaults()).isEqualTo(Channels.emailOnly());
        assertThat(Topic.LOW_BALANCE.defaults()).isEqualTo(Channels.emailOnly());
        assertThat(Topic.CARD.defaults()).isEqualTo(Channels.emailOnly());
        assertThat(Topic.MEAL_ORDER.defaults()).isEqualTo(Channels.emailOnly());
        assertThat(Topic.PAYMENT_FAILED.defaults()).isEqualTo(Channels.emailOnly());
        assertThat(Topic.LESSONS.defaults()).isEqualTo(Channels.emailOnly());
        assertThat(Topic.ENTRY_EXIT.defaults()).isEqualTo(Channels.none());
        assertThat(Topic.PURCHASE.defaults()).isEqualTo(Channels.none());
    }

    @Test
    void theParentChoosesEveryKindButTheInformersOwnNotices() {
        assertThat(Topic.chosen()).containsExactly(Topic.ENTRY_EXIT, Topic.PURCHASE, Topic.TOP_UP, Topic.LOW_BALANCE,
                Topic.CARD, Topic.MEAL_ORDER, Topic.PAYMENT_FAILED, Topic.LESSONS);
        assertThat(Topic.SMS_INFORMER.isChosen()).isFalse();
        assertThat(Topic.SMS_INFORMER.defaults()).isEqualTo(Channels.emailOnly());
    }

    @Test
    void aKindLeftOutOfAChildsChoicesKeepsItsDefaults() {
        ChildChoices choices = new ChildChoices(7, Map.of(Topic.ENTRY_EXIT, new Channels(false, true, false)), Map.of());

        assertThat(choices.channels()).hasSize(8)
                .containsEntry(Topic.ENTRY_EXIT, new Channels(false, true, false))
                .containsEntry(Topic.TOP_UP, Channels.emailOnly())
                .containsEntry(Topic.PURCHASE, Channels.none())
                .doesNotContainKey(Topic.SMS_INFORMER);
        assertThat(choices.chooses(Channel.SMS)).isTrue();
        assertThat(choices.chooses(Channel.PUSH)).isFalse();
    }

    @Test
    void aChoiceLabelsItsChannelsForTheAuditTrail() {
        assertThat(new Channels(true, true, false).label()).isEqualTo("EMAIL+SMS");
        assertThat(Channels.none().label()).isEqualTo("none");
    }
}
