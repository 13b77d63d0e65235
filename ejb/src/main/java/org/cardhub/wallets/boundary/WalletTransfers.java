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
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.wallets.control.HolderSteps;
import org.cardhub.wallets.control.Receivers;
import org.cardhub.wallets.control.StepUp;
import org.cardhub.wallets.entity.CodePurpose;
import org.cardhub.wallets.entity.Receiver;
import org.cardhub.wallets.entity.TransferReceipt;
import org.cardhub.wallets.entity.WalletHolder;
import org.cardhub.wallets.entity.WalletRefusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The holder sends money from their wallet to another wallet by its phone or to a pupil's card (at school or at an
 * education centre) by its 8-digit number: first the receiver's masked name to confirm, then the transfer — the receiver's balance cap and the sender's
 * monthly turnover checked under the accounts' locks, idempotent by the page's request id. Above a threshold
 * ({@code cardhub.wallets.step-up-above}, 3 000 ₽) a code sent to the phone confirms it first.
 */
@Stateless
@RolesAllowed(Role.Names.WALLET)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WalletTransfers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Receivers receivers;

    @EJB
    HolderSteps steps;

    @EJB
    Payments payments;

    @Inject
    StepUp stepUp;

    @Inject
    @ConfigProperty(name = "cardhub.wallets.step-up-above", defaultValue = "3000.00")
    String stepUpAbove;

    public Receiver receiver(Receiver.Kind kind, String reference) {
        return receivers.of(kind, reference, steps.openHolder().contractId());
    }

    /** Whether sending this much needs the code to the phone. */
    public boolean needsCode(Amount amount) {
        return amount != null && amount.isGreaterThan(threshold());
    }

    public TransferReceipt send(String requestId, Receiver.Kind kind, String reference, Amount amount, String code) {
        if (amount == null || amount.currency() != Currency.RUB || !amount.isPositive()) {
            throw new WalletRefusal(WalletRefusal.Code.AMOUNT_INVALID, "A transfer is a positive amount in roubles");
        }
        Receiver receiver = receiver(kind, reference);
        WalletHolder holder = steps.openHolder();
        if (needsCode(amount)) {
            stepUp.require(steps.phoneOfCaller(), CodePurpose.CONFIRM_OPERATION, code);
        }
        PurseRef to = Receivers.purseOf(receiver);
        Contract wallet = em.find(Contract.class, holder.contractId());
        Outcome outcome = payments.payFromWallet(new OperationKey("wallet:" + holder.contractId(), requestId),
                PurseRef.ofContract(wallet.number()), to, amount, "wallet");
        return outcome.isApproved()
                ? new TransferReceipt(true, receiver, amount, outcome.entryId(), null, null)
                : new TransferReceipt(false, receiver, amount, null, outcome.code(), outcome.message());
    }

    private Amount threshold() {
        return Amount.parse(stepUpAbove, Currency.RUB);
    }
}
