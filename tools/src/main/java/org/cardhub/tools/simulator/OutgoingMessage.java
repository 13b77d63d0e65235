package org.cardhub.tools.simulator;

/**
 * A message as it goes to the broker: its text, the {@code terminalId} and {@code signature} properties, and what it
 * says (for the report and the events log). {@code eventId} is null when the text carries none; {@code malformation}
 * is null for a well-formed event.
 */
record OutgoingMessage(String text, String terminalId, String signature, String eventId, String type, String card,
        String amount, String volume, String refEventId, Malformation malformation) {

    boolean malformed() {
        return malformation != null;
    }

    /** The message as an events-log and report label: the protocol type, or MALFORMED:KIND. */
    String label() {
        return malformed() ? "MALFORMED:" + malformation : type;
    }
}
