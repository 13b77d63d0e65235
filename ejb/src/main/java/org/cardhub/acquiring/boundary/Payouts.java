package org.cardhub.acquiring.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.payments.entity.LostRace;
import org.cardhub.acquiring.control.PayoutDecisions;
import org.cardhub.acquiring.control.PayoutExchange;
import org.cardhub.acquiring.control.PayoutRecords;
import org.cardhub.acquiring.entity.Payout;
import org.cardhub.acquiring.entity.PayoutCard;
import org.cardhub.acquiring.entity.PayoutRefusal;
import org.cardhub.callers.Role;
import org.cardhub.money.Amount;

import java.util.Optional;

/**
 * Pays a contract's money out to a bank card through the acquirer's payouts API (issue 25: a wallet closed at its
 * holder's request). The caller (the wallets component) has checked who asks, the step-up code and the wallet's state;
 * this checks the card number and the amount, then, outside any transaction: moves the money to the payouts in transit
 * with the payout's row (one short transaction, the account locked), asks the acquirer, and decides by its answer (a
 * second one); no answer leaves the payout pending for {@link PayoutPoll}. The same key asked again answers the same
 * payout and moves no money again.
 */
@Stateless
@RolesAllowed({Role.Names.WALLET, Role.Names.BACKOFFICE})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Payouts {

    @Resource
    SessionContext session;

    @Inject
    PayoutRecords records;

    @Inject
    PayoutExchange exchange;

    @EJB
    PayoutDecisions decisions;

    /**
     * Pays {@code amount} of the contract's rouble main account out to the card. Refused, with nothing written, for a
     * malformed key, card number, amount or description, an amount the account cannot cover, or a key used for another
     * payout. A pending answer means the money has left the account and the acquirer has not paid it yet.
     */
    public PayoutResult payOut(String idempotenceKey, long contractId, Amount amount, String cardNumber, String description) {
        Payout.requireKey(idempotenceKey);
        PayoutCard card = PayoutCard.of(cardNumber);
        Payout.requireAmount(amount);
        Payout.requireDescription(description);
        Payout payout = open(idempotenceKey, contractId, amount, card, description);
        if (!payout.status().isFinal()) {
            payout = payout.providerPayoutId() == null ? exchange.create(payout, card) : exchange.read(payout);
        }
        return PayoutResult.of(payout);
    }

    /** The payout asked for under {@code idempotenceKey}, as it stands. */
    public Optional<PayoutResult> find(String idempotenceKey) {
        Payout.requireKey(idempotenceKey);
        return records.byKey(idempotenceKey).map(PayoutResult::of);
    }

    private Payout open(String key, long contractId, Amount amount, PayoutCard card, String description) {
        String actor = session.getCallerPrincipal().getName();
        try {
            return decisions.open(key, contractId, amount, card, description, actor);
        } catch (EJBException e) {
            if (!LostRace.isLostRace(e)) {
                throw e;
            }
            // the same key, opened at the same moment for another contract: that one's payout is this key's
            Payout earlier = records.byKey(key).orElseThrow(() -> e);
            if (!earlier.isSameRequest(contractId, amount, card)) {
                throw new PayoutRefusal(PayoutRefusal.Code.KEY_REUSED, "The key " + key + " named another payout");
            }
            return earlier;
        }
    }
}
