package org.cardhub.terminals.entity;

/**
 * The names under which the terminal messages are counted and timed in the application's metric registry
 * ({@code terminals.control.TerminalMetrics} writes them, the operations component reads them back for its minute
 * samples). Tag values are the protocol's own words only: a type of {@link EventType} or {@link #UNKNOWN}, a reply's
 * status and code.
 */
public final class TerminalTraffic {

    /** Counter: every message answered, tagged {@link #TYPE}, {@link #STATUS} and {@link #CODE}. */
    public static final String MESSAGES = "cardhub_terminal_messages";
    /** Timer: from taking a message to its reply sent, all types together. */
    public static final String REPLY = "cardhub_terminal_reply";
    /** Histogram: how many events each group decided in one transaction; {@link #GROUP_FAILURES} counts those rolled back. */
    public static final String GROUP_SIZE = "cardhub_terminal_group_size";
    /** Counter: groups rolled back whole, whose events were then decided alone. */
    public static final String GROUP_FAILURES = "cardhub_terminal_group_failures";

    public static final String TYPE = "type";
    public static final String STATUS = "status";
    public static final String CODE = "code";

    /** The type of a message that could not be read, or of a type the protocol has not. */
    public static final String UNKNOWN = "UNKNOWN";

    private TerminalTraffic() {
    }
}
