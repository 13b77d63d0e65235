package org.cardhub.acquiring.control;

import org.cardhub.payments.entity.LostRace;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.cardhub.acquiring.entity.Payout;
import org.cardhub.acquiring.entity.PayoutCard;
import org.cardhub.acquiring.entity.ProviderPayout;
import org.cardhub.refusal.Refusal;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asks the acquirer about a payout Cardhub has written, outside any transaction, and has its answer decided: creates it
 * ({@code POST /payouts} under the payout's own idempotence key, so asking again answers the same payout) or reads it
 * ({@code GET /payouts/{id}}). No answer leaves the payout pending; a refusal of the request gives the money back.
 */
@Dependent
public class PayoutExchange {

    private static final Logger LOG = Logger.getLogger(PayoutExchange.class.getName());
    private static final int ATTEMPTS = 3;

    @Inject
    AcquiringSettings settings;

    @EJB
    PayoutDecisions decisions;

    /** Sends the payout to the card (again, after a lost answer: the key makes it the same payout). */
    public Payout create(Payout payout, PayoutCard card) {
        ProviderPayout answer;
        try {
            answer = settings.payoutClient().createPayout(payout.idempotenceKey(),
                    PayoutJson.request(payout.amount(), card, payout.description(), payout.publicId()));
        } catch (AcquirerUnavailableException e) {
            LOG.warning(() -> "Payout " + payout.publicId() + " stays pending, the acquirer did not answer its creation: "
                    + e.getMessage());
            return decided(payout, () -> decisions.checked(payout.id()));
        } catch (AcquirerRefusedException e) {
            if ("Idempotence-Key".equals(e.parameter())) {
                // the key made a payout of other data at the acquirer: that one may be paid, so nothing goes back
                LOG.severe(() -> "Payout " + payout.publicId() + ": the acquirer knows its key with other data; it stays "
                        + "pending, look into it: " + e.getMessage());
                return decided(payout, () -> decisions.checked(payout.id()));
            }
            LOG.warning(() -> "The acquirer refused payout " + payout.publicId() + "; its money goes back: " + e.getMessage());
            return decided(payout, () -> decisions.refused(payout.id()));
        }
        return decided(payout, () -> decisions.decide(payout.id(), answer));
    }

    /** Reads the payout from the acquirer and decides it; one the acquirer has not named yet cannot be read. */
    public Payout read(Payout payout) {
        if (payout.providerPayoutId() == null) {
            return payout;
        }
        ProviderPayout seen;
        try {
            seen = settings.payoutClient().getPayout(payout.providerPayoutId());
        } catch (AcquirerUnavailableException e) {
            LOG.info(() -> "Payout " + payout.publicId() + " stays pending, the acquirer did not answer: " + e.getMessage());
            return decided(payout, () -> decisions.checked(payout.id()));
        } catch (AcquirerRefusedException e) {
            // the acquirer does not know a payout it created, or refuses the gateway: settings to fix, nothing to decide
            LOG.severe(() -> "Payout " + payout.publicId() + " could not be read from the acquirer: " + e.getMessage());
            return decided(payout, () -> decisions.checked(payout.id()));
        }
        return decided(payout, () -> decisions.decide(payout.id(), seen));
    }

    /**
     * The payout after {@code decision}, run again when it lost a race; a decision the books refuse now (a closed
     * month…) leaves the payout pending for the poll.
     */
    private static Payout decided(Payout payout, Supplier<Payout> decision) {
        for (int attempt = 1; ; attempt++) {
            try {
                return decision.get();
            } catch (EJBException e) {
                if (attempt < ATTEMPTS && LostRace.isLostRace(e)) {
                    LOG.fine(() -> "Deciding payout " + payout.publicId() + " lost a race, once more: " + e.getMessage());
                    continue;
                }
                LOG.log(Level.SEVERE, "Payout " + payout.publicId() + " could not be decided now; the poll tries again", e);
                return payout;
            } catch (Refusal e) {
                LOG.log(Level.SEVERE, "Payout " + payout.publicId() + " could not be decided now; the poll tries again", e);
                return payout;
            }
        }
    }
}
