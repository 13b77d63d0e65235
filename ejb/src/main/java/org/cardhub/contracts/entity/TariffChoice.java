package org.cardhub.contracts.entity;

import java.io.Serializable;
import java.util.List;

/** A tariff chosen as its family's rules allow: the tariff a contract gets and the stations chosen for it. */
public record TariffChoice(String tariffCode, List<String> stations) implements Serializable {

    public TariffChoice {
        stations = List.copyOf(stations);
    }
}
