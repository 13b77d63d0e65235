package org.cardhub.onboarding.entity;

import org.cardhub.contracts.entity.Tariff;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What an application is checked against besides itself: the tariffs by code and the network's fuel stations. */
public record ApplicationTerms(Map<String, Tariff> tariffs, Set<String> stations) {

    public ApplicationTerms {
        tariffs = Map.copyOf(tariffs);
        stations = Set.copyOf(stations);
    }

    public static ApplicationTerms of(Collection<Tariff> tariffs, Collection<String> stations) {
        return new ApplicationTerms(tariffs.stream().collect(Collectors.toMap(Tariff::code, Function.identity())),
                Set.copyOf(stations));
    }

    /** The tariff of this code, or null when there is none. */
    public Tariff tariff(String code) {
        return tariffs.get(code);
    }
}
