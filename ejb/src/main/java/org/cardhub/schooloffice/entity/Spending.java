package org.cardhub.schooloffice.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;
import java.util.Optional;

/**
 * What the pupils looked at spent in the canteen over the period (paid by them or from the meal budget), shared out
 * over those who ate there at least once and over all of them; none when there is nobody to share it over.
 */
public record Spending(Amount spent, long eaters, long pupils) implements Serializable {

    public Optional<Amount> perEater() {
        return Shares.perHead(spent, eaters);
    }

    public Optional<Amount> perPupil() {
        return Shares.perHead(spent, pupils);
    }
}
