package org.cardhub.terminals.entity;

/** How the registry is sorted; ties are broken by the terminal id so pages never overlap. */
public record TerminalOrder(Field field, boolean ascending) {

    public enum Field { ID, KIND, ORGANIZATION, LOCATION, STATION, REGION, STATUS, CREATED }

    public static final TerminalOrder BY_ID = new TerminalOrder(Field.ID, true);

    public TerminalOrder {
        field = field == null ? Field.ID : field;
    }
}
