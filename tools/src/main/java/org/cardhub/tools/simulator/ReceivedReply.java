package org.cardhub.tools.simulator;

/** A message that arrived on a terminal's reply address: its JMSCorrelationID, its text (null if not a text). */
record ReceivedReply(String correlationId, String text, long receivedAtNanos) {
}
