package org.cardhub.notifications.entity;

import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.notifications.entity.NotificationPreference.Topic;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a parent chooses for one child: the channels of each kind of notice (a kind left out keeps its
 * {@linkplain Topic#defaults() defaults}) and a low-balance threshold per purse (a purse left out has none).
 */
public record ChildChoices(long cardId, Map<Topic, Channels> channels, Map<AccountPurpose, Amount> thresholds)
        implements Serializable {

    public ChildChoices {
        Map<Topic, Channels> complete = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.chosen()) {
            complete.put(topic, channels.getOrDefault(topic, topic.defaults()));
        }
        channels = Map.copyOf(complete);
        Map<AccountPurpose, Amount> checked = new EnumMap<>(AccountPurpose.class);
        thresholds.forEach((purpose, amount) -> {
            if (purpose == AccountPurpose.SYSTEM) {
                throw new IllegalArgumentException("A threshold is set on a card's purse");
            }
            if (amount != null) {
                checked.put(purpose, Threshold.checked(amount, thresholdField(cardId, purpose)));
            }
        });
        thresholds = Map.copyOf(checked);
    }

    /** The name {@link SettingsProblem#field()} gives a threshold. */
    public static String thresholdField(long cardId, AccountPurpose purpose) {
        return "threshold:" + cardId + ":" + purpose;
    }

    public boolean chooses(Channel channel) {
        return channels.values().stream().anyMatch(chosen -> chosen.has(channel));
    }
}
