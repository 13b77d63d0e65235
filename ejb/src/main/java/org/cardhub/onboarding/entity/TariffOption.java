package org.cardhub.onboarding.entity;

/** An option within a tariff plan: the Transit plan is concluded as Optimal or as Optimal+. */
public enum TariffOption {
    OPTIMAL,
    OPTIMAL_PLUS
}
