package org.cardhub.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A VAT rate and the day it takes effect; it applies until the next one does. Data, not code: a new rate is a row. */
@Entity
@Table(name = "vat_rate")
public class VatRate {

    @Id
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "rate_percent")
    private int ratePercent;

    private String basis;

    protected VatRate() {
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Vat vat() {
        return new Vat(ratePercent);
    }

    public String basis() {
        return basis;
    }
}
