package org.cardhub.contracts.entity;

import java.io.Serializable;
import java.util.List;

/** A tariff with all its discount rows, the latest to start first: what the back office reads and edits. */
public record TariffSheet(Tariff tariff, List<TariffDiscount> discounts) implements Serializable {

    public TariffSheet {
        discounts = List.copyOf(discounts);
    }
}
