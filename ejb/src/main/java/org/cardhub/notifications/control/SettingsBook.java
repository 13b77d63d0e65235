package org.cardhub.notifications.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.cards.entity.Card;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.notifications.entity.Addresses;
import org.cardhub.notifications.entity.Channels;
import org.cardhub.notifications.entity.ChildChoices;
import org.cardhub.notifications.entity.ChildNotices;
import org.cardhub.notifications.entity.LowBalanceAlert;
import org.cardhub.notifications.entity.NoticeSettings;
import org.cardhub.notifications.entity.NotificationChoice;
import org.cardhub.notifications.entity.NotificationPreference;
import org.cardhub.notifications.entity.NotificationPreference.Topic;
import org.cardhub.notifications.entity.SettingsChange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parent's notification settings: read for their page (each child's choices with the defaults filled in, thresholds,
 * the SMS informer), and written as one change, which says what it changed for the audit trail.
 */
@Dependent
public class SettingsBook {

    private static final List<AccountPurpose> PURSES = List.of(AccountPurpose.MAIN, AccountPurpose.CANTEEN);

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @Inject
    InformerBook informers;

    public NoticeSettings read(String parent, List<Card> children, Instant now) {
        NotificationPreference preference = em.find(NotificationPreference.class, parent);
        Map<Long, Map<Topic, Channels>> chosen = new HashMap<>();
        for (NotificationChoice choice : em.createQuery("SELECT c FROM NotificationChoice c WHERE c.subject = :parent",
                NotificationChoice.class).setParameter("parent", parent).getResultList()) {
            chosen.computeIfAbsent(choice.cardId(), card -> new EnumMap<>(Topic.class)).put(choice.topic(), choice.channels());
        }
        Map<Long, Map<AccountPurpose, Amount>> thresholds = new HashMap<>();
        for (LowBalanceAlert alert : em.createQuery("SELECT a FROM LowBalanceAlert a WHERE a.subject = :parent",
                LowBalanceAlert.class).setParameter("parent", parent).getResultList()) {
            thresholds.computeIfAbsent(alert.cardId(), card -> new EnumMap<>(AccountPurpose.class))
                    .put(alert.purpose(), alert.threshold());
        }
        List<ChildNotices> notices = new ArrayList<>();
        for (Card card : children) {
            ChildChoices choices = new ChildChoices(card.id(), chosen.getOrDefault(card.id(), Map.of()),
                    thresholds.getOrDefault(card.id(), Map.of()));
            notices.add(new ChildNotices(card.id(), card.holderName(), card.schoolContractNumber(),
                    informers.zoneOf(card).getId(), choices.channels(), choices.thresholds(), informers.state(card, now)));
        }
        return new NoticeSettings(preference == null ? new Addresses(null, null, null) : preference.addresses(), notices);
    }

    /** Writes the change (checked already); what it changed, for the audit trail, or an empty text. */
    public String write(String parent, SettingsChange change) {
        List<String> changed = new ArrayList<>();
        NotificationPreference preference = em.find(NotificationPreference.class, parent);
        if (preference == null) {
            preference = new NotificationPreference(parent);
            em.persist(preference);
        }
        Addresses before = preference.addresses();
        preference.changeTo(change.addresses());
        if (!before.equals(preference.addresses())) {
            changed.add("addresses " + before.email() + ", " + before.phone() + " → " + preference.addresses().email() + ", "
                    + preference.addresses().phone());
        }
        for (ChildChoices child : change.children()) {
            writeChannels(parent, child, changed);
            writeThresholds(parent, child, changed);
        }
        return String.join("; ", changed);
    }

    private void writeChannels(String parent, ChildChoices child, List<String> changed) {
        for (Topic topic : Topic.chosen()) {
            Channels wanted = child.channels().get(topic);
            NotificationChoice row = em.find(NotificationChoice.class,
                    new NotificationChoice.Key(parent, child.cardId(), topic));
            Channels was = row == null ? topic.defaults() : row.channels();
            if (row == null) {
                em.persist(new NotificationChoice(parent, child.cardId(), topic, wanted));
            } else {
                row.choose(wanted);
            }
            if (!was.equals(wanted)) {
                changed.add("card " + child.cardId() + " " + topic + " " + was.label() + " → " + wanted.label());
            }
        }
    }

    private void writeThresholds(String parent, ChildChoices child, List<String> changed) {
        for (AccountPurpose purpose : PURSES) {
            Amount wanted = child.thresholds().get(purpose);
            LowBalanceAlert alert = em.find(LowBalanceAlert.class, new LowBalanceAlert.Key(parent, child.cardId(), purpose));
            String was = alert == null ? "none" : alert.threshold().toPlainString();
            if (wanted == null && alert != null) {
                em.remove(alert);
            } else if (wanted != null && alert == null) {
                em.persist(new LowBalanceAlert(parent, child.cardId(), purpose, wanted, available(child.cardId(), purpose)));
            } else if (wanted != null && !alert.threshold().equals(wanted)) {
                alert.change(wanted, available(child.cardId(), purpose));
            }
            String now = wanted == null ? "none" : wanted.toPlainString();
            if (!was.equals(now)) {
                changed.add("card " + child.cardId() + " threshold " + purpose + " " + was + " → " + now);
            }
        }
    }

    private Amount available(long cardId, AccountPurpose purpose) {
        return ledger.accountsOfCard(cardId).stream()
                .filter(account -> account.purpose() == purpose && account.currency() == Currency.RUB)
                .map(Account::available).findFirst().orElse(Amount.zero(Currency.RUB));
    }
}
