package org.cardhub.onboarding.entity;

import java.io.Serializable;
import java.util.List;

/** What an application form offers to choose: the tariff plans with their options, and the network's fuel stations. */
public record ApplicationChoices(List<PlanChoice> plans, List<String> stations) implements Serializable {

    /**
     * A plan Cardhub has the tariff of (its options are the plan's own).
     *
     * @param stations how many stations its tariff needs chosen (Regional+: three)
     */
    public record PlanChoice(TariffPlan plan, int stations) implements Serializable {
    }

    public ApplicationChoices {
        plans = List.copyOf(plans);
        stations = List.copyOf(stations);
    }

    /** How many stations the plan needs chosen; none for a plan not offered. */
    public int stationsOf(TariffPlan plan) {
        return plans.stream().filter(choice -> choice.plan() == plan).mapToInt(PlanChoice::stations).findFirst().orElse(0);
    }
}
