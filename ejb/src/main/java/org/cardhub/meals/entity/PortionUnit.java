package org.cardhub.meals.entity;

/** A portion is weighed in grams or, for drinks and soups, measured in millilitres. */
public enum PortionUnit {
    G,
    ML
}
