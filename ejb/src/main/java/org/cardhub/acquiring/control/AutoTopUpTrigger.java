package org.cardhub.acquiring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.cardhub.acquiring.boundary.AutoCharges;
import org.cardhub.payments.entity.PupilPurchasePosted;

/**
 * Each purchase by a pupil's card, once it has committed, may have taken a purse below its auto top-up threshold: the
 * check and the charge run on another thread ({@link AutoCharges}), so the terminal's answer never waits for the
 * acquirer, and a purchase that rolled back triggers nothing. The purchase's journal entry names the trigger, so the
 * same purchase never starts two charges.
 */
@ApplicationScoped
public class AutoTopUpTrigger {

    @Inject
    AutoCharges charges;

    void purchasePosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PupilPurchasePosted purchase) {
        charges.chargeIfLow(purchase.cardId(), "e" + purchase.entryId());
    }
}
