package org.cardhub.wallets.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.PersonAccounts;
import org.cardhub.cards.boundary.WalletCards;
import org.cardhub.contracts.boundary.WalletContracts;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.notifications.boundary.PersonNotices;
import org.cardhub.wallets.entity.WalletHolder;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * One wallet's dormancy, in its own transaction under the holder's row lock: its last transaction read off the ledger
 * (money in or out of its account), then a notice 30 days before the 366th quiet day, or the closure on it. A closed
 * dormant wallet keeps its balance, which its holder may still claim through the back office.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Dormancy {

    static final String ACTOR = "system:wallets";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    WalletHolderBook holders;

    @EJB
    WalletContracts contracts;

    @EJB
    WalletCards cards;

    @EJB
    PersonNotices sms;

    @EJB
    AuditLog audit;

    @EJB
    PersonAccounts accounts;

    /** What became of the wallet: nothing, a notice, or its closure. */
    public enum Step { NONE, NOTICE, CLOSED }

    public Step review(long contractId, Instant now) {
        WalletHolder holder = holders.locked(contractId);
        if (holder == null || !holder.isOpen()) {
            return Step.NONE;
        }
        lastTransaction(contractId).ifPresent(holder::movedMoney);
        Contract wallet = em.find(Contract.class, contractId);
        if (holder.isDormant(now)) {
            String phone = wallet.holderPhone();
            cards.closeAll(contractId, "the wallet closed after 366 days without a transaction");
            contracts.close(contractId, "366 days without a transaction");
            holder.close(WalletHolder.Closing.DORMANT, null, now);
            accounts.closeAfterCommit(wallet.holderSubject());
            notify(phone, "closed:" + contractId, "Cardhub: кошелёк " + wallet.number() + " закрыт: год без операций. "
                    + "Остаток можно получить, обратившись в поддержку");
            audit.record(audit.actor(ACTOR), "wallet.close", AuditSubject.CONTRACT, contractId, "dormant: 366 days quiet");
            return Step.CLOSED;
        }
        if (holder.isNoticeDue(now)) {
            holder.noticeSent(now);
            notify(wallet.holderPhone(), "dormant-notice:" + contractId + ":" + holder.lastActivityAt().toEpochMilli(),
                    "Cardhub: кошелёк " + wallet.number() + " будет закрыт " + DAY.format(holder.closesBy()
                            .atZone(wallet.timeZone())) + ", если по нему не будет операций");
            audit.record(audit.actor(ACTOR), "wallet.dormant-notice", AuditSubject.CONTRACT, contractId,
                    "closes by " + holder.closesBy());
            return Step.NOTICE;
        }
        return Step.NONE;
    }

    private Optional<Instant> lastTransaction(long contractId) {
        return em.createQuery("SELECT e.bookedAt FROM Posting p JOIN p.entry e, Account a "
                        + "WHERE a.id = p.accountId AND a.contractId = :contract ORDER BY e.bookedAt DESC", Instant.class)
                .setParameter("contract", contractId).setMaxResults(1).getResultStream().findFirst();
    }

    private void notify(String phone, String key, String text) {
        if (phone != null) {
            sms.bySms("wallet:" + key, phone, text);
        }
    }
}
