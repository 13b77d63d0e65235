package org.cardhub.acquiring.boundary;

import org.cardhub.acquiring.entity.FeeTerms;
import org.cardhub.money.Amount;

import java.io.Serializable;

/** What the top-up page says before anything is typed: whose card, the programme's fee and the amounts allowed. */
public record TopUpTerms(long cardId, String holderName, String panMasked, FeeTerms fee, Amount minimum, Amount maximum)
        implements Serializable {
}
