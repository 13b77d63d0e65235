package org.cardhub.notifications.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.ledger.entity.CardPurseChanged;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.money.Currency;
import org.cardhub.notifications.control.Outbox;
import org.cardhub.notifications.entity.LowBalanceAlert;
import org.cardhub.notifications.entity.NoticeTexts;
import org.cardhub.notifications.entity.NotificationPreference.Topic;

import java.time.Instant;
import java.util.List;

/**
 * Low-balance alerts, in the transaction of the entry that changed a child's purse (a synchronous observer of the
 * ledger's {@link CardPurseChanged}): a parent whose threshold a debit crossed is told once, on the channels they chose
 * for low balances, and again only after the purse was back at or above it. The entry's id keys the notice, so an
 * operation that is repeated (and answered from its first outcome) posts nothing and tells nobody twice. A reissue's
 * move of the balance to the new card is no debit of the child's.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LowBalanceAlerts {

    @PersistenceContext
    EntityManager em;

    @Inject
    CardDirectory cards;

    @Inject
    Outbox outbox;

    public void purseChanged(@Observes CardPurseChanged change) {
        if (change.kind() == EntryKind.REISSUE || change.balance().currency() != Currency.RUB) {
            return;
        }
        List<LowBalanceAlert> alerts = em.createQuery("SELECT a FROM LowBalanceAlert a WHERE a.cardId = :card "
                        + "AND a.purpose = :purpose", LowBalanceAlert.class)
                // the operation's own writes concern no threshold, so they need not be flushed before this read
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("card", change.cardId()).setParameter("purpose", change.purpose()).getResultList();
        if (alerts.isEmpty()) {
            return;
        }
        List<String> guardians = cards.guardiansOf(change.cardId());
        Instant now = Instant.now();
        for (LowBalanceAlert alert : alerts) {
            if (guardians.contains(alert.subject()) && alert.tellAfter(change.isDebit(), change.available())) {
                Card card = cards.find(CardRef.id(change.cardId())).orElseThrow();
                outbox.toGuardian(alert.subject(), card.id(), "low-balance:" + change.entryId() + ":" + change.purpose(),
                        Topic.LOW_BALANCE,
                        NoticeTexts.lowBalanceSubject(card.holderName(), change.purpose(), change.available(),
                                alert.threshold()),
                        NoticeTexts.lowBalanceBody(card.holderName(), change.purpose(), change.available(), alert.threshold(),
                                card.panMasked()), now);
            }
        }
    }
}
