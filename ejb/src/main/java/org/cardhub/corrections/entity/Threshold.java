package org.cardhub.corrections.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

/** The amount of a currency from which a correction or reversal needs a second person (a row of data, see V34). */
@Entity
@Table(name = "correction_threshold")
public class Threshold {

    @Id
    @Enumerated(EnumType.STRING)
    private Currency currency;

    @Column(name = "amount_minor")
    private long amountMinor;

    protected Threshold() {
    }

    public Amount amount() {
        return Amount.ofMinorUnits(amountMinor, currency);
    }
}
