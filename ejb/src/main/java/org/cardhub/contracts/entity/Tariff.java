package org.cardhub.contracts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A fuel tariff as data: its discount and how many stations a client chooses for it (Regional+: three). */
@Entity
public class Tariff {

    @Id
    private String code;

    private String name;

    @Column(name = "discount_bp")
    private int discountBasisPoints;

    @Column(name = "chosen_stations")
    private int chosenStations;

    private String description;

    protected Tariff() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int discountBasisPoints() {
        return discountBasisPoints;
    }

    public int chosenStations() {
        return chosenStations;
    }
}
