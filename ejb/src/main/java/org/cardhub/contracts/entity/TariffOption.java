package org.cardhub.contracts.entity;

import java.io.Serializable;
import java.util.List;

/**
 * A tariff as a client chooses it within its family: its code (what a contract keeps), the option it is (null for a
 * family without options), its name and description, and its discounts in force today or later.
 */
public record TariffOption(String tariffCode, String option, String name, String description,
                           List<TariffDiscount> discounts) implements Serializable {

    public TariffOption {
        discounts = List.copyOf(discounts);
    }
}
