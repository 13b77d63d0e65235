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
import org.cardhub.contracts.entity.Contract;
import org.cardhub.notifications.boundary.PersonNotices;
import org.cardhub.payments.boundary.ScheduledPayments;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.wallets.entity.AutoPayment;
import org.cardhub.wallets.entity.AutoPaymentRun;
import org.cardhub.wallets.entity.AutoPaymentTexts;
import org.cardhub.wallets.entity.Receiver;
import org.cardhub.wallets.entity.WalletHolder;
import org.cardhub.wallets.entity.WalletRefusal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One auto-payment's run, in its own transaction under its row lock: due by the date in the wallet's zone, its receiver
 * found again as when it was confirmed, the money moved under the run's key, and the row moved on with it — a second
 * run of the same day finds it no longer due, and the key would answer the first outcome anyway. A failure is told to
 * the wallet's phone.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class AutoPaying {

    static final String SOURCE = "system:autopay";

    @PersistenceContext
    EntityManager em;

    @Inject
    AutoPaymentBook book;

    @Inject
    Receivers receivers;

    @EJB
    ScheduledPayments payments;

    @EJB
    PersonNotices sms;

    @EJB
    AuditLog audit;

    public AutoPaymentRun run(long id, Instant now) {
        AutoPayment payment = book.locked(id);
        if (payment == null) {
            return AutoPaymentRun.NOT_DUE;
        }
        Contract wallet = em.find(Contract.class, payment.contractId());
        LocalDate today = LocalDate.ofInstant(now, wallet.timeZone());
        if (!payment.isDue(today)) {
            return AutoPaymentRun.NOT_DUE;
        }
        WalletHolder holder = em.find(WalletHolder.class, payment.contractId());
        if (holder == null || !holder.isOpen()) {
            payment.pause();
            return AutoPaymentRun.PAUSED;
        }
        OperationKey key = payment.runKey();
        String outcome = pay(payment, wallet, key);
        if (AutoPayment.SENT.equals(outcome)) {
            payment.sent(today);
            return AutoPaymentRun.SENT;
        }
        boolean paused = payment.failed(outcome, today);
        if (wallet.holderPhone() != null) {
            sms.bySms(key.scope() + ":" + key.key(), wallet.holderPhone(), AutoPaymentTexts.failure(payment, outcome));
        }
        audit.record(audit.actor(SOURCE), "wallet.autopay-failed", AuditSubject.CONTRACT, wallet.id(),
                "auto-payment " + id + ": " + outcome + (paused ? ", paused" : ""));
        return paused ? AutoPaymentRun.PAUSED : AutoPaymentRun.FAILED;
    }

    /** {@link AutoPayment#SENT}, {@link AutoPayment#TARGET_GONE} or the decline's code. */
    private String pay(AutoPayment payment, Contract wallet, OperationKey key) {
        Receiver receiver;
        try {
            Receiver confirmed = payment.target();
            receiver = receivers.of(confirmed.kind(), confirmed.reference(), payment.contractId());
        } catch (WalletRefusal gone) {
            return AutoPayment.TARGET_GONE;
        }
        Outcome outcome = payments.payFromWallet(key, PurseRef.ofContract(wallet.number()), Receivers.purseOf(receiver),
                payment.amount(), SOURCE);
        return outcome.isApproved() ? AutoPayment.SENT : outcome.code();
    }
}
