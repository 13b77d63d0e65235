package org.cardhub.payments.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.limits.boundary.LimitChecks;
import org.cardhub.money.Amount;
import org.cardhub.payments.control.Holds;
import org.cardhub.payments.control.OperationRecords;
import org.cardhub.payments.control.Purses;
import org.cardhub.payments.control.Reversals;
import org.cardhub.payments.control.Spending;
import org.cardhub.payments.control.TopUps;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.Spend;
import org.cardhub.payments.entity.TopUpChannel;

import java.util.Collection;
import java.util.List;

/**
 * The terminals' money operations in the caller's transaction, so a group of terminal events is decided in one
 * transaction with one commit (a hot account locked once per group). Unlike {@link Payments} nothing is run again
 * here: an operation that loses a race fails its whole group, and the terminals run each event of it again alone.
 * Called outside a transaction, each operation runs in one of its own.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class TerminalPayments {

    @EJB
    Spending spending;

    @EJB
    CardDirectory cards;

    @EJB
    LimitChecks limits;

    @Inject
    OperationRecords records;

    @Inject
    Purses purses;

    @EJB
    Holds holds;

    @EJB
    Reversals reversals;

    @EJB
    TopUps topUps;

    /**
     * For a group decided in this transaction, set-based: the idempotency records of the group's keys in one statement,
     * its cards with their contracts in one statement for each kind of reference, their restrictions and limits in one,
     * and the purses the cards spend from locked at once in id order, each taken once for the whole group. The
     * operations then find all of it where they look.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void readAhead(Collection<OperationKey> keys, Collection<CardRef> spendingCards) {
        records.readAhead(keys);
        List<Card> found = cards.readAhead(spendingCards);
        limits.readAhead(found);
        purses.lockAhead(found, card -> limits.applyingTo(card).hasContractWideLimit());
    }

    public Outcome purchase(OperationKey key, Spend spend, String source) {
        return spending.purchase(key, spend, source);
    }

    public Outcome authorise(OperationKey key, Spend spend, String source) {
        return spending.authorise(key, spend, source);
    }

    public Outcome complete(OperationKey key, OperationKey authorisation, Amount finalAmount, Amount finalVolume,
                            String source) {
        return holds.complete(key, authorisation, finalAmount, finalVolume, source);
    }

    public Outcome reverse(OperationKey key, OperationKey original, String source) {
        return reversals.reverse(key, original, source);
    }

    public Outcome cashIn(OperationKey key, PurseRef target, Amount amount, String source) {
        return topUps.topUp(key, target, amount, TopUpChannel.CASH, source).outcome();
    }
}
