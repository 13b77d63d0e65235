package org.cardhub.acquiring.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.acquiring.entity.Payout;
import org.cardhub.acquiring.entity.PayoutCancellation;
import org.cardhub.acquiring.entity.PayoutCard;
import org.cardhub.acquiring.entity.PayoutRefusal;
import org.cardhub.acquiring.entity.PayoutStatus;
import org.cardhub.acquiring.entity.PayoutTransition;
import org.cardhub.acquiring.entity.ProviderPayout;
import org.cardhub.ledger.entity.Account;
import org.cardhub.money.Amount;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * A payout's writes, each in a short transaction of its own, never while the acquirer is asked: the payout opened with
 * its debit (under the lock of the account it draws on, so two payouts never spend the same money), and its decision
 * by the acquirer's own view of it (under the lock of its row, so whoever decides first settles it, once).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PayoutDecisions {

    private static final Logger LOG = Logger.getLogger(PayoutDecisions.class.getName());

    @Inject
    PayoutRecords records;

    @Inject
    PayoutMoney money;

    /**
     * The payout of {@code key}: a new one, its money moved to the payouts in transit, or the one opened earlier under
     * the same key for the same request (nothing moved again). Refused when the key named another request, or the
     * account cannot cover the amount.
     */
    public Payout open(String key, long contractId, Amount amount, PayoutCard card, String description, String actor) {
        Account account = money.lockAccountOf(contractId);
        var earlier = records.byKey(key);
        if (earlier.isPresent()) {
            if (!earlier.get().isSameRequest(contractId, amount, card)) {
                throw new PayoutRefusal(PayoutRefusal.Code.KEY_REUSED, "The key " + key + " named another payout");
            }
            return earlier.get();
        }
        Instant now = Instant.now();
        long debit = money.debit(account, amount, description == null ? "Выплата на карту " + card.masked() : description,
                actor, now).id();
        return records.persist(new Payout(key, contractId, amount, card, description, actor, debit, now));
    }

    /** Decides the payout by the acquirer's view of it: settled, given back, or left to wait. */
    public Payout decide(long payoutId, ProviderPayout seen) {
        Payout payout = records.lock(payoutId);
        PayoutTransition transition = payout.transitionFor(seen);
        Instant now = Instant.now();
        switch (transition) {
            case SETTLE -> {
                payout.createdAs(seen.id());
                payout.succeeded(money.settle(payout, now), now);
            }
            case GIVE_BACK -> {
                payout.createdAs(seen.id());
                ProviderPayout.Cancellation why = seen.cancellationDetails().orElse(new ProviderPayout.Cancellation(null, null));
                PayoutCancellation reason = PayoutCancellation.ofProvider(why.reason());
                payout.canceled(why.party(), reason, money.giveBack(payout, reason.russian(), now), now);
            }
            case WAIT -> {
                payout.createdAs(seen.id());
                payout.checked(now);
            }
            case MISMATCH -> LOG.warning(() -> "Payout " + payout.publicId() + ": the acquirer's payout " + seen.id()
                    + " is not the one asked for (" + seen.value() + " " + seen.currency() + ", metadata "
                    + seen.cardhubPayout() + "); nothing done");
            case CONTRADICTION -> LOG.severe(() -> "Payout " + payout.publicId() + " is " + payout.status()
                    + " but the acquirer says " + seen.status() + " for " + seen.id() + "; nothing done, look into it");
            case NOTHING -> payout.checked(now);
        }
        return payout;
    }

    /** The acquirer refused the request itself and paid nothing: the money goes back. */
    public Payout refused(long payoutId) {
        Payout payout = records.lock(payoutId);
        if (payout.status() != PayoutStatus.PENDING) {
            return payout;
        }
        Instant now = Instant.now();
        PayoutCancellation reason = PayoutCancellation.PROVIDER_REFUSED;
        payout.canceled(null, reason, money.giveBack(payout, reason.russian(), now), now);
        return payout;
    }

    /** Asked about and still undecided (or not asked at all, for want of the acquirer's id): checked now. */
    public Payout checked(long payoutId) {
        Payout payout = records.lock(payoutId);
        payout.checked(Instant.now());
        return payout;
    }
}
