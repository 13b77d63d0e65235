package org.cardhub.contracts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.io.Serializable;

/**
 * A fuel tariff as data: the family a client chooses (Regional, Regional+, Transit, Fuel Online), the option within
 * it (Transit's Optimal or Optimal+), how many stations a client chooses for it (Regional+: three), and whether new
 * contracts may still take it. Its discounts are {@link TariffDiscount} rows with their effective dates.
 */
@Entity
public class Tariff implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private String code;

    private String name;

    private String family;

    @Column(name = "option_code")
    private String option;

    @Column(name = "chosen_stations")
    private int chosenStations;

    private String description;

    private boolean offered;

    /** Where it stands in lists (and its family among families): Regional first, Fuel Online last. */
    @Column(name = "sort_order")
    private int sortOrder;

    protected Tariff() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String family() {
        return family;
    }

    /** The option of its family this tariff is (Transit's OPTIMAL, OPTIMAL_PLUS), or null when the family has none. */
    public String option() {
        return option;
    }

    public int chosenStations() {
        return chosenStations;
    }

    public String description() {
        return description;
    }

    /** Whether a new contract may take it; contracts that have it keep it either way. */
    public boolean isOffered() {
        return offered;
    }
}
