package org.cardhub.onboarding.entity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tariff plans a client chooses from, and the tariff (a row of {@code tariff}, by its code) each choice is
 * concluded on. A plan with options needs one of its own; a plan without takes none. A new plan or option is a new
 * constant here and a new tariff row.
 */
public enum TariffPlan {
    REGIONAL(Map.of(), "REGIONAL"),
    /** Regional, with a discount at three stations the client chooses (the tariff row says how many). */
    REGIONAL_PLUS(Map.of(), "REGIONAL_PLUS"),
    TRANSIT(Map.of(TariffOption.OPTIMAL, "TRANSIT_OPTIMAL", TariffOption.OPTIMAL_PLUS, "TRANSIT_OPTIMAL_PLUS"), null),
    FUEL_ONLINE(Map.of(), "FUEL_ONLINE");

    private final Map<TariffOption, String> optionTariffs;
    private final String tariffCode;

    TariffPlan(Map<TariffOption, String> optionTariffs, String tariffCode) {
        this.optionTariffs = optionTariffs.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(optionTariffs));
        this.tariffCode = tariffCode;
    }

    public Set<TariffOption> options() {
        return optionTariffs.keySet();
    }

    public boolean hasOptions() {
        return !optionTariffs.isEmpty();
    }

    /** Why this option does not go with the plan ({@code OPTION_REQUIRED}, {@code OPTION_NOT_OF_TARIFF}), if it does not. */
    public Optional<String> problemWith(TariffOption option) {
        if (option == null) {
            return hasOptions() ? Optional.of("OPTION_REQUIRED") : Optional.empty();
        }
        return optionTariffs.containsKey(option) ? Optional.empty() : Optional.of("OPTION_NOT_OF_TARIFF");
    }

    /** The code of the tariff row this plan with this option is concluded on; the option must fit (see {@link #problemWith}). */
    public String tariffCode(TariffOption option) {
        problemWith(option).ifPresent(problem -> {
            throw new IllegalArgumentException(problem + ": " + this + " with " + option);
        });
        return option == null ? tariffCode : optionTariffs.get(option);
    }
}
