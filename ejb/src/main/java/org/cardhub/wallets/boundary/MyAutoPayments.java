package org.cardhub.wallets.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.Role;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.money.Amount;
import org.cardhub.wallets.control.AutoPaymentBook;
import org.cardhub.wallets.control.HolderSteps;
import org.cardhub.wallets.control.Receivers;
import org.cardhub.wallets.control.WalletHolderBook;
import org.cardhub.wallets.entity.AutoPayment;
import org.cardhub.wallets.entity.AutoPaymentSchedule;
import org.cardhub.wallets.entity.AutoPaymentView;
import org.cardhub.wallets.entity.Receiver;
import org.cardhub.wallets.entity.WalletHolder;
import org.cardhub.wallets.entity.WalletRefusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The signed-in holder's auto-payments: a sum (at most 3 000 ₽, so no code is ever due) sent weekly or monthly to a
 * receiver found as a transfer finds it, whose masked name comes back to confirm. At most five a wallet; each one
 * listed, paused, resumed and deleted by its holder only — another's is «not found». {@link AutoPaymentRunner} pays
 * them.
 */
@Stateless
@RolesAllowed(Role.Names.WALLET)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class MyAutoPayments {

    public static final int MAX_PER_WALLET = 5;

    @PersistenceContext
    EntityManager em;

    @EJB
    HolderSteps steps;

    @Inject
    Receivers receivers;

    @Inject
    AutoPaymentBook book;

    @Inject
    WalletHolderBook holders;

    /** Whom an auto-payment to this number would pay, to confirm before creating it. */
    public Receiver receiver(Receiver.Kind kind, String reference) {
        return receivers.of(kind, reference, steps.openHolder().contractId());
    }

    public AutoPaymentView create(Receiver.Kind kind, String reference, Amount amount, AutoPaymentSchedule schedule) {
        AutoPayment.requireAmount(amount);
        if (schedule == null) {
            throw new WalletRefusal(WalletRefusal.Code.SCHEDULE_INVALID, "An auto-payment needs its schedule");
        }
        long contractId = steps.openHolder().contractId();
        Receiver receiver = receivers.of(kind, reference, contractId);
        WalletHolder holder = holders.locked(contractId);
        if (book.countOf(holder.contractId()) >= MAX_PER_WALLET) {
            throw new WalletRefusal(WalletRefusal.Code.AUTO_PAYMENT_LIMIT, "A wallet has at most five auto-payments");
        }
        AutoPayment payment = new AutoPayment(contractId, receiver, amount, schedule, today(contractId), Instant.now());
        book.add(payment);
        return AutoPaymentView.of(payment);
    }

    public List<AutoPaymentView> list() {
        return book.ofWallet(steps.openHolder().contractId()).stream().map(AutoPaymentView::of).toList();
    }

    public AutoPaymentView pause(long id) {
        AutoPayment payment = own(id);
        payment.pause();
        return AutoPaymentView.of(payment);
    }

    /** Runs again from the schedule's next day after today, its failures forgiven. */
    public AutoPaymentView resume(long id) {
        AutoPayment payment = own(id);
        payment.resume(today(payment.contractId()));
        return AutoPaymentView.of(payment);
    }

    public void delete(long id) {
        book.remove(own(id));
    }

    private AutoPayment own(long id) {
        long contractId = steps.openHolder().contractId();
        AutoPayment payment = book.locked(id);
        if (payment == null || !payment.belongsTo(contractId)) {
            throw new WalletRefusal(WalletRefusal.Code.AUTO_PAYMENT_NOT_FOUND, "No such auto-payment of the wallet");
        }
        return payment;
    }

    private LocalDate today(long contractId) {
        return LocalDate.now(em.find(Contract.class, contractId).timeZone());
    }
}
