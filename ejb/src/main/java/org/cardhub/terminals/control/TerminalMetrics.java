package org.cardhub.terminals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cardhub.terminals.entity.Reply;
import org.cardhub.terminals.entity.TerminalTraffic;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts each answered terminal message by type, reply status and code and times its reply, in the application's
 * metric registry: in memory only, nothing written, so the terminal's path pays a counter and a timer. A failure to
 * count never touches the message.
 */
@ApplicationScoped
public class TerminalMetrics {

    private static final Logger LOG = Logger.getLogger(TerminalMetrics.class.getName());

    @Inject
    MetricRegistry registry;

    public void answered(String text, Reply reply, long startedNanos) {
        try {
            Tag type = new Tag(TerminalTraffic.TYPE, EventParser.typeOf(text));
            registry.counter(TerminalTraffic.MESSAGES, type, new Tag(TerminalTraffic.STATUS, nonEmpty(reply.status())),
                    new Tag(TerminalTraffic.CODE, nonEmpty(reply.code()))).inc();
            registry.timer(TerminalTraffic.REPLY).update(Duration.ofNanos(System.nanoTime() - startedNanos));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "a terminal message was not counted", e);
        }
    }

    /** A group of {@code size} events decided together, or rolled back whole. */
    public void grouped(int size, boolean committed) {
        try {
            registry.histogram(TerminalTraffic.GROUP_SIZE).update(size);
            if (!committed) {
                registry.counter(TerminalTraffic.GROUP_FAILURES).inc();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "a terminal group was not counted", e);
        }
    }

    private static String nonEmpty(String value) {
        return value == null || value.isBlank() ? "NONE" : value;
    }
}
