package org.cardhub.fleet.entity;

/** How the card table is sorted: by one column, either way; ties by card number. */
public record CardOrder(Field field, boolean ascending) {

    public enum Field { HOLDER, NUMBER, STATUS, EXPIRES, VEHICLE, PLATE, DRIVER, GROUP }

    public static final CardOrder BY_HOLDER = new CardOrder(Field.HOLDER, true);
}
