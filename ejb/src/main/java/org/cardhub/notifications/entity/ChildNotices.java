package org.cardhub.notifications.entity;

import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.notifications.entity.NotificationPreference.Topic;

import java.io.Serializable;
import java.util.Map;

/** One child on a parent's notifications page: the channels per kind of notice, thresholds per purse, the informer. */
public record ChildNotices(long cardId, String name, String schoolContractNumber, String timeZone,
                           Map<Topic, Channels> channels, Map<AccountPurpose, Amount> thresholds,
                           InformerState informer) implements Serializable {
}
